# Exceptions raised in except/else/finally blocks and how they chain
def f():
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("from except")
try:
    f()
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
def g():
    try:
        pass
    except ValueError:
        pass
    else:
        raise KeyError("from else")
    finally:
        print("finally after else")
try:
    g()
except KeyError as e:
    print(repr(e), e.__context__)
def h():
    try:
        raise ValueError("lost?")
    finally:
        raise RuntimeError("from finally")
try:
    h()
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
def deep():
    try:
        try:
            raise OSError("level1")
        except OSError:
            try:
                raise ValueError("level2")
            except ValueError:
                raise KeyError("level3")
    except KeyError as e:
        chain = []
        cur = e
        while cur is not None:
            chain.append(repr(cur))
            cur = cur.__context__
        return chain
print(deep())
def handler_del():
    try:
        raise ValueError
    except ValueError as exc:
        del exc
    return "deleted exc var fine"
print(handler_del())
