# Imported by many threads at once (threaded_import_slow.py): its top level sleeps, so the
# other threads reach the import while it is half done and must wait for it.
import time
import threading

started_by = threading.current_thread().name
steps = []
for i in range(5):
    time.sleep(0.005)
    steps.append(i)


class Thing:
    def __init__(self):
        self.n = len(steps)


import _thr_slow_inner  # a nested import, itself slow
DONE = True
