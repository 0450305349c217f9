# try/except/else/finally control flow, including return/break/continue inside finally
def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("one")
        if x == 2:
            return "returned from try"
    except ValueError as e:
        print("except", e)
        return "returned from except"
    else:
        print("else")
        return "returned from else"
    finally:
        print("finally")
for x in range(3):
    print("->", f(x))
def override():
    try:
        return "try"
    finally:
        return "finally wins"
print(override())
def swallow():
    try:
        raise KeyError("lost")
    finally:
        return "finally return swallows exception"
print(swallow())
def loop_break():
    for i in range(5):
        try:
            if i == 2:
                raise RuntimeError("in loop")
        finally:
            if i == 2:
                break
    return i
print(loop_break())
def loop_continue():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError
            out.append(i)
        finally:
            continue
    return out
print(loop_continue())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def finally_value():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("x set to", x)
print(finally_value())
def count_finally():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            break
        finally:
            print("finally run", n)
    return n
print(count_finally())
