def make_employee(name, dept, salary):
    return (name, dept, salary)

staff = [make_employee("ann", "eng", 120), make_employee("bo", "ops", 90),
         make_employee("cy", "eng", 100), make_employee("di", "ops", 95)]
by_dept = {}
for name, dept, salary in staff:
    by_dept.setdefault(dept, []).append((salary, name))
for dept in sorted(by_dept):
    entries = sorted(by_dept[dept], reverse=True)
    total = sum(s for s, _ in entries)
    print(dept, entries, total, round(total / len(entries), 2))
print(tuple(sorted(staff, key=lambda e: e[2]))[0])
