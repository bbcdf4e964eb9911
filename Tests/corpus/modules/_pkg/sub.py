print("loading", __name__, "package", __package__)
SUB_VALUE = 7

def sub_function(x):
    return x * SUB_VALUE
