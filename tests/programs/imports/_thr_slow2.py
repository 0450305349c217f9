import time
import sys

RUNS = getattr(sys, "_thr_slow2_runs", 0) + 1
sys._thr_slow2_runs = RUNS
time.sleep(0.01)
VALUE = 42
time.sleep(0.01)
