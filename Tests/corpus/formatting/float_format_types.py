values = [0.0, 1.0, -1.5, 123.456, 1e-7, 1e16, 2.5, 1 / 3, 1e300]
for v in values:
    print(f"{v:f} | {v:.2e} | {v:g} | {v:.3g} | {v:10.4} | {v:n} | {v:}")
