# exec and eval of code that blocks (locks, events, sleeps) from several threads: the blocked
# threads must not stop each other (each waits for something another one does later).
import threading
import time

e1 = threading.Event()
e2 = threading.Event()
log = []
lock = threading.Lock()

code_a = compile("e1.wait()\nlog.append('a got e1')\ne2.set()\n", "<a>", "exec")


def a():
    exec(code_a)


def b():
    exec("e1.set()\ne2.wait()\nlog.append('b got e2')", {"e1": e1, "e2": e2, "log": log})


ta = threading.Thread(target=a)
tb = threading.Thread(target=b)
ta.start()
tb.start()
ta.join()
tb.join()
print(log)

# Many threads exec code that takes a shared lock and sleeps while holding it.
counter = {"n": 0, "max": 0, "inside": 0}
body = compile("""
with lock:
    counter["inside"] += 1
    counter["max"] = max(counter["max"], counter["inside"])
    time.sleep(0.001)
    counter["n"] += 1
    counter["inside"] -= 1
""", "<body>", "exec")


def worker():
    for _ in range(5):
        exec(body, {"lock": lock, "counter": counter, "time": time})


threads = [threading.Thread(target=worker) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)

# eval of an expression that waits, and exec with separate locals.
ev = threading.Event()
res = []


def evaluator():
    res.append(eval("ev.wait(5) and 'set'", {"ev": ev}))


def setter():
    ns = {}
    exec("import time as t\nt.sleep(0.01)\nx = 7", {"ev": ev}, ns)
    res.append(ns["x"])
    ev.set()


threads = [threading.Thread(target=evaluator), threading.Thread(target=setter)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(map(str, res)))

# Errors inside exec'd code in a thread keep their traceback shape.
import traceback


def failing():
    try:
        exec("def f():\n    1/0\nf()")
    except ZeroDivisionError as e:
        tb = traceback.extract_tb(e.__traceback__)
        res.append([(fr.name, fr.line) for fr in tb])


t = threading.Thread(target=failing)
t.start()
t.join()
print(res[-1])
print(eval("1 + 2"), exec("y = 5") is None)
