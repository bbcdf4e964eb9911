print("message with several lines")
raise RuntimeError("first line\nsecond line\nthird line")
