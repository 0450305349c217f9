# return/break/continue inside finally override pending exceptions and returns; nested finally ordering
def f1():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "loop done"
print(f1())
def f2():
    while True:
        try:
            raise ValueError("lost")
        finally:
            break
    return "break in finally swallowed the exception"
print(f2())
def f3():
    try:
        try:
            return "inner try"
        finally:
            print("inner finally")
    finally:
        print("outer finally")
print(f3())
def f4():
    try:
        return "first"
    finally:
        try:
            return "second"
        finally:
            print("nested finally runs last")
print(f4())
def f5(n):
    out = []
    for i in range(n):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(f5(5))
def f6():
    x = []
    try:
        x.append("try")
        return x
    finally:
        x.append("finally mutates returned object")
print(f6())
def f7():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("finally after except-return")
print(f7())
