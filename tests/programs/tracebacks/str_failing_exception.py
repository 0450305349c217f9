# fails on purpose: the uncaught exception's __str__ raises, so CPython prints a placeholder
class Weird(Exception):
    def __str__(self):
        raise RuntimeError("cannot render")
print("about to raise")
raise Weird("payload")
