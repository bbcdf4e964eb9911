# time.tzset follows os.environ['TZ']; struct_time carries tm_zone and tm_gmtoff;
# asctime and ctime format as CPython does, with its range checks.
import os
import time

for zone in ["UTC", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata", "EST+05EDT,M3.2.0,M11.1.0"]:
    os.environ["TZ"] = zone
    time.tzset()
    print(zone, time.timezone, time.altzone, time.daylight, time.tzname)
    for stamp in [0, 1_000_000_000, 1_436_000_000.75, -86_400 * 400]:
        local = time.localtime(stamp)
        print(" ", tuple(local), local.tm_zone, local.tm_gmtoff, time.ctime(stamp), time.strftime("%Z %z", local))
        print("  mktime", time.mktime(local), time.asctime(local))
os.environ["TZ"] = "UTC"
time.tzset()

utc = time.gmtime(1_000_000_000)
print(utc, utc.tm_zone, utc.tm_gmtoff, time.struct_time.n_fields, time.struct_time.n_sequence_fields,
      time.struct_time.n_unnamed_fields, len(utc))
made = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0))
print(made, made.tm_zone, made.tm_gmtoff)
made = time.struct_time((2000, 1, 2, 3, 4, 5, 6, 2, 0, "XYZ", 3600))
print(made, made.tm_zone, made.tm_gmtoff, time.strftime("%Z|%Y", made))
print(time.asctime((2024, 3, 9, 7, 5, 3, 5, 69, 0)), time.asctime((12345, 12, 31, 23, 59, 61, 0, 366, -1)))
print(time.asctime((1999, 0, 0, 0, 0, 0, 0, 0, 0)), time.asctime(time.gmtime(0)))
print(time.ctime(0), time.ctime(0.9), time.ctime(-1.5))
print(type(time.ctime()).__name__, len(time.ctime()), len(time.asctime()))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 32, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 24, 0, 0, 0, 1, 0),
            (2000, 1, 1, 0, 60, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 62, 0, 1, 0), (2000, 1, 1, 0, 0, 0, -9, 1, 0),
            (2000, 1, 1, 0, 0, 0, 0, 367, 0), (2000, 1, 1), "nope"]:
    try:
        time.asctime(bad)
    except (ValueError, TypeError) as error:
        print(type(error).__name__, error)
try:
    time.ctime("0")
except TypeError as error:
    print("TypeError", error)
try:
    time.tzset(1)
except TypeError as error:
    print("TypeError", error)

# strftime checks its tuple as asctime does (month 0 and day 0 stand for the first).
print(time.strftime("%Y-%m-%d %j", (2000, 0, 0, 0, 0, 0, 0, 0, 0)))
for bad in [(2000, 13, 1, 0, 0, 0, 0, 1, 0), (2000, 1, 1, 0, 0, 0, 0, 400, 0)]:
    try:
        time.strftime("%Y", bad)
    except ValueError as error:
        print("ValueError", error)
