# Half of a circular import run from two threads at once (threaded_import_circular.py).
import time

time.sleep(0.02)
import _thr_cyc_b


def name():
    return "a+" + _thr_cyc_b.NAME


NAME = "a"
