# __self__ of builtin functions and methods: a module-level function's module, a bound
# method's object, a class's __new__'s class.
import builtins, math, itertools, operator
print(len.__self__ is builtins, abs.__self__ is builtins, math.sqrt.__self__ is math)
print(operator.add.__self__ is operator or operator.add.__self__.__name__)
print([].append.__self__, (1).__add__.__self__, "ab".upper.__self__)
print(object.__new__.__self__, dict.fromkeys.__self__)
f = math.floor
print(f.__self__.__name__, f.__module__, f.__name__, f.__qualname__)
