# A thread calling gc.collect() in a loop must not starve the main thread: after each
# collection (which may outlast the switch interval) the main thread gets a whole slice.
import gc
import threading
import time

stop = False
collections = 0


def collector():
    global collections
    while not stop:
        time.sleep(0.0001)
        gc.collect()
        collections += 1


t = threading.Thread(target=collector)
t.start()
total = 0
for i in range(3000):
    total += sum(range(200))
stop = True
t.join()
print("total:", total)
print("few collections while main ran:", collections < 25)
print("thread done:", not t.is_alive())
