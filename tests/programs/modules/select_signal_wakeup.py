# A select (and an asyncio loop) waiting with a timeout is woken by an alarm: the handler runs
# during the wait, set_wakeup_fd writes to a socketpair end, and a handler that raises ends the
# select with its exception.
import asyncio, signal, time, select, socket
loop = asyncio.new_event_loop()
caught = []
def handler(*args):
    caught.append(args)
    loop.stop()
loop.add_signal_handler(signal.SIGALRM, handler, 42)
signal.setitimer(signal.ITIMER_REAL, 0.1, 0)
loop.call_later(10.0, loop.stop)
t0 = time.monotonic()
loop.run_forever()
print("caught", caught, time.monotonic() - t0 < 5)
loop.close()
# a plain select woken by an alarm whose handler raises
class Alarm(Exception): pass
def h(*a): raise Alarm("ring")
signal.signal(signal.SIGALRM, h)
a, b = socket.socketpair()
signal.setitimer(signal.ITIMER_REAL, 0.1, 0)
t0 = time.monotonic()
try:
    select.select([a], [], [], 10)
except Alarm as e:
    print("select interrupted", e, time.monotonic() - t0 < 5)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print(select.select([a], [], [], 0.2))
