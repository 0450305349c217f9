# fails on purpose: TypeError in a binary operation; 3.11 marks the operator with ~ and ^
def combine(count, label):
    prefix = "item"
    return prefix + "-" + count * 2 + label
print("combining")
print(combine(3, "x"))
