import time

time.sleep(0.02)
import _thr_cyc_a


def name():
    return "b+" + _thr_cyc_a.NAME


NAME = "b"
