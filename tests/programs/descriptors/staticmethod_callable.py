# staticmethod/classmethod objects (3.10+): callable, __wrapped__, __func__, __isabstractmethod__, attribute copying
def helper(x):
    """helper doc"""
    return x + 1
sm = staticmethod(helper)
cm = classmethod(helper)
print(sm(1), sm.__func__ is helper, sm.__wrapped__ is helper, sm.__doc__, sm.__name__, sm.__qualname__)
print(cm.__func__ is helper, cm.__wrapped__ is helper, cm.__doc__)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    s = sm
    c = classmethod(lambda cls, y=0: (cls.__name__, y))
print(K.s(5), K().s(5), K.c(), type(K.__dict__["c"]).__name__)
print(sm.__get__(None, K) is helper, cm.__get__(None, K).__self__ is K)
class Chain:
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Chain):
    pass
print(Chain.name(), Sub.name(), Sub().name())
print(isinstance(sm, staticmethod), isinstance(cm, classmethod), callable(sm), callable(cm))
