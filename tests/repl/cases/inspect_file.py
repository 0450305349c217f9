def helper(n):
    return 10 // n

value = helper(2)
print("script ran", __name__)
