# helper module for exec_eval/dunder_import.py
VALUE = "helper value"
def double(x):
    return x * 2
