"""Module docstring for docstrings_comments."""
# Docstrings on modules, functions, classes, methods; comments don't affect anything
def f():
    """Function docstring."""
    return __doc__
class C:
    """Class docstring."""
    def m(self):
        "Method docstring (single quotes)."
    def n(self):
        x = 1
        """Not a docstring: not the first statement."""
        return x
def no_doc():
    pass
def f_string_not_doc():
    f"""f-string is not a docstring"""
print(__doc__)
print(f.__doc__, "|", f())
print(C.__doc__, C.m.__doc__, C.n.__doc__, no_doc.__doc__, f_string_not_doc.__doc__)
print(C().__doc__, type(C.__doc__).__name__)
def bytes_doc():
    b"""bytes are not docstrings"""
print(bytes_doc.__doc__)
def multi():
    """
    Indented
        docstring lines are kept as written.
    """
print(repr(multi.__doc__))
lam = lambda: "lambda has no docstring"
print(lam.__doc__)
x = 1  # trailing comment
# full-line comment with "quotes" and 'apostrophes' and \ backslash
print(x)  # another
