# User-defined exception classes: __init__ with extra fields, __str__ overrides, args handling, inheritance
class AppError(Exception):
    pass
class ValidationError(AppError):
    def __init__(self, field, problem):
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
class NoSuperInit(AppError):
    def __init__(self, code):
        self.code = code
class StrOverride(AppError):
    def __str__(self):
        return "custom str for " + repr(self.args)
try:
    raise ValidationError("email", "missing @")
except AppError as e:
    print(type(e).__name__, e, e.args, e.field, e.problem, repr(e))
e = NoSuperInit(42)
print(repr(e), str(e), e.args, e.code)
print(StrOverride(1, 2), repr(StrOverride(1, 2)))
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
class Multi(KeyError, AttributeError):
    pass
try:
    raise Multi("both")
except AttributeError as m:
    print("caught as AttributeError", m, [c.__name__ for c in Multi.__mro__])
class NewArgs(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, "replaced")
        return self
print(NewArgs("original").args)
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError as t:
    print(type(t).__name__, t)
try:
    class Weird(BaseException, int):
        pass
except TypeError as t:
    print(type(t).__name__, t)
err = ValueError("v")
print(err.with_traceback(None) is err, err.__traceback__)
try:
    raise err
except ValueError as c:
    print(c.__traceback__ is not None, type(c.__traceback__).__name__, c.__traceback__.tb_lineno)
