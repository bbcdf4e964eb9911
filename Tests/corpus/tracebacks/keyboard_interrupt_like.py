print("raising a bare exception class")
raise LookupError
