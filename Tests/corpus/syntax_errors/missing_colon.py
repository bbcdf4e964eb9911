if True
    print("yes")
