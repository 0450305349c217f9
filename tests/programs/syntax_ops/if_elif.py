# if/elif/else ladders and truthiness of custom objects
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 3, 42, 1000)])
class T:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("bool called", self.v)
        return self.v
class L:
    def __len__(self):
        print("len called")
        return 0
if T(True): print("yes")
if not T(False): print("no")
if L(): print("never")
else: print("empty")
class Neither: pass
if Neither(): print("default truthy")
x = None
if x is None: print("is None")
if x == None: print("== None")
class BadBool:
    def __bool__(self): return 1
try:
    if BadBool(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self): return -1
try:
    if BadLen(): pass
except ValueError as e:
    print(type(e).__name__, e)
