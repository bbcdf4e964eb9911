class Stop(Exception):
    pass

print("raising an exception instance without arguments")
raise Stop()
