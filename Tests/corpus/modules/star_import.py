from _star_source import *
print(exported, AlsoExported.__name__)
try:
    not_listed
except NameError as error:
    print("NameError:", error)
from _star_no_all import *
print(public_name, public_function())
try:
    _underscore_name
except NameError as error:
    print("NameError:", error)
