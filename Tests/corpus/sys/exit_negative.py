import sys
print("negative code wraps to 255")
sys.exit(-1)
