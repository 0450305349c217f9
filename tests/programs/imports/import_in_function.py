# import statements inside functions and classes bind local names; __name__ of the main module
def use():
    import _mod_a
    from _mod_a import CONST
    return _mod_a.greet("fn"), CONST, "_mod_a" in locals()
print(use())
print("_mod_a" in globals())
class Holder:
    import _mod_a as lib
print(Holder.lib.CONST)
print(__name__)
if __name__ == "__main__":
    print("running as main")
