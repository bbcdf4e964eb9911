# atexit functions also run after sys.exit and after an uncaught exception.
import atexit, sys
atexit.register(print, 'atexit runs', 'after the traceback')
print('raising')
raise KeyError('uncaught')
