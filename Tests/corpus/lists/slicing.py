nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[::3], nums[::-1], nums[8:2:-2])
nums[2:5] = ["a", "b"]
print(nums)
nums[:0] = [-1]
print(nums)
nums[::2] = [0] * len(nums[::2])
print(nums)
del nums[1:3]
print(nums)
del nums[::2]
print(nums)
nums[len(nums):] = [100, 200]
print(nums)
try:
    nums[::2] = [1]
except ValueError as error:
    print("ValueError:", error)
