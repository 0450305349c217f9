# Python signal handlers run when the signal arrives: raise_signal, os.kill to ourselves,
# pthread_kill, alarm/setitimer timers, KeyboardInterrupt from SIGINT, blocked signals.
import os
import signal
import threading
import time
import _thread

log = []


def handler(signum, frame):
    log.append((signal.Signals(signum).name, frame is not None))


old = signal.signal(signal.SIGUSR1, handler)
print("old handler is SIG_DFL:", old is signal.SIG_DFL or old == signal.SIG_DFL)
print("getsignal:", signal.getsignal(signal.SIGUSR1) is handler)

x = [signal.raise_signal(signal.SIGUSR1), log.append("after raise")]
os.kill(os.getpid(), signal.SIGUSR1)
log.append("after kill")
signal.pthread_kill(threading.get_ident(), signal.SIGUSR1)
print(log)

# SIGINT's default handler raises KeyboardInterrupt.
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not reached")
except KeyboardInterrupt:
    print("KeyboardInterrupt from SIGINT")
try:
    _thread.interrupt_main()
except KeyboardInterrupt:
    print("KeyboardInterrupt from interrupt_main")

# A handler that raises: the exception comes out where the signal was delivered.


class Alarm(Exception):
    pass


def raiser(signum, frame):
    raise Alarm(f"signal {signum}")


signal.signal(signal.SIGALRM, raiser)
try:
    signal.raise_signal(signal.SIGALRM)
except Alarm as e:
    print("raised:", e)

# alarm(): interrupts a busy loop, and a sleep.
print("alarm returns:", signal.alarm(1))
print("second alarm returns:", signal.alarm(1) in (0, 1))
t0 = time.monotonic()
try:
    while True:
        pass
except Alarm as e:
    print("busy loop interrupted:", e, time.monotonic() - t0 >= 0.5)
print("no alarm left:", signal.alarm(0))

signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
    print("sleep not interrupted")
except Alarm as e:
    print("sleep interrupted:", e)

# A handler that returns lets the sleep go on (PEP 475).
hits = []
signal.signal(signal.SIGALRM, lambda s, f: hits.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.02)
t0 = time.monotonic()
time.sleep(0.1)
print("sleep completed:", time.monotonic() - t0 >= 0.09, hits)

# Interval timer with getitimer.
hits.clear()
signal.setitimer(signal.ITIMER_REAL, 0.01, 0.01)
value, interval = signal.getitimer(signal.ITIMER_REAL)
print("itimer armed:", 0 < value <= 0.01, interval)
while len(hits) < 3:
    pass
signal.setitimer(signal.ITIMER_REAL, 0)
print("interval hits:", hits[:3], signal.getitimer(signal.ITIMER_REAL))

# Signals sent from another thread are handled in the main thread.
where = []
signal.signal(signal.SIGUSR2, lambda s, f: where.append(threading.current_thread().name))
t = threading.Thread(target=lambda: os.kill(os.getpid(), signal.SIGUSR2), name="sender")
t.start()
t.join()
time.sleep(0.01)
print("handled in:", where)

# Blocked signals wait in sigpending until unblocked.
log.clear()
signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1])
signal.raise_signal(signal.SIGUSR1)
print("pending while blocked:", signal.sigpending(), log)
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])
print("after unblock:", signal.sigpending(), log)

# SIG_IGN drops the signal.
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)
print("ignored ok")

# Errors.
for bad in (lambda: signal.signal(signal.SIGKILL, handler), lambda: signal.signal(0, handler),
            lambda: signal.signal(signal.SIGUSR1, 42), lambda: signal.setitimer(5, 1),
            lambda: signal.getsignal(100)):
    try:
        bad()
    except (OSError, ValueError, TypeError) as e:
        print(type(e).__name__, e)


def in_thread():
    try:
        signal.signal(signal.SIGUSR1, handler)
    except ValueError as e:
        print(type(e).__name__, e)


t = threading.Thread(target=in_thread)
t.start()
t.join()
signal.signal(signal.SIGUSR1, old)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print("done")
