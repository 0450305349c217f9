# Exceptions are ordinary objects: args reassignment, extra attributes, with_traceback, __dict__, comparison by identity
e = ValueError("a", "b")
e.args = ("replaced",)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = [1, 2]
print(e.args, type(e.args).__name__)
e.extra = {"k": 1}
print(e.extra, e.__dict__)
print(ValueError("x") == ValueError("x"), e == e, hash(e) == hash(e))
class Rich(Exception):
    code = 500
    def __init__(self, msg, code=None):
        super().__init__(msg)
        if code:
            self.code = code
r = Rich("boom", 404)
print(r, r.code, Rich("x").code, Rich.code, r.args)
try:
    raise r
except Rich as caught:
    tb1 = caught.__traceback__
try:
    raise r.with_traceback(None)
except Rich as caught:
    print(caught is r, caught.__traceback__ is not tb1)
print(isinstance(r, Exception), isinstance(r, BaseException), Rich.__mro__[1:3])
