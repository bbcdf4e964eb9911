# atexit: registered functions run at exit, the last registered first, with their
# arguments; unregister removes every registration of a function; an exception in
# one is printed and the others still run.
import atexit

def show(*args, **kwargs):
    print('show', args, kwargs)

class Fails:
    # A fixed repr: CPython names the function in "Exception ignored in atexit callback: ...".
    def __repr__(self):
        return '<fails>'
    def __call__(self):
        raise ValueError('from an atexit function')
fails = Fails()

def removed():
    print('must not run')

print(atexit.register(show, 1, key='first') is show)
atexit.register(removed)
atexit.register(fails)
atexit.register(removed)
atexit.register(show, 2)
atexit.register(lambda: print('lambda runs first'))
atexit.unregister(removed)
try:
    atexit.register(5)
except TypeError as e:
    print('TypeError:', e)
print('end of program')
