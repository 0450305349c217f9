# The module body starts a thread that does not import, and waits for it with a lock and an Event.
import threading

order = []
ev = threading.Event()
lock = threading.Lock()


def helper():
    with lock:
        order.append("helper")
    ev.set()


t = threading.Thread(target=helper)
t.start()
ev.wait()
t.join()
order.append("module")
