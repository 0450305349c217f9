# helper: module that imports another helper and re-exports names
from _mod_a import greet as _greet, CONST
def shout(name):
    return _greet(name).upper()
