# Lines ended by a bare CR, CRLF and LF in one file: the traceback shows the right line.def g(x):
    y = x + 1
    return y / (x - x)print("start")
print(g(3))