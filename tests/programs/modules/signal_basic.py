import _signal as s

names = [k for k in dir(s) if k.isupper()]
print(sorted((k, getattr(s, k)) for k in names))
print(s.default_int_handler, s.getsignal(s.SIGINT) is s.default_int_handler, s.getsignal(s.SIGTERM), s.getsignal(s.SIGPIPE))
v = s.valid_signals()
print(type(v).__name__, len(v), sorted(v)[:5], 32 in v, 34 in v, 64 in v)
print([s.strsignal(i) for i in range(1, 65)])
for a in [0, 65, -1, 'x']:
    try:
        print(s.strsignal(a))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

got = []
def handler(signum, frame):
    got.append(signum)
old = s.signal(s.SIGUSR1, handler)
print(old, s.getsignal(s.SIGUSR1) is handler)
s.raise_signal(s.SIGUSR1)
s.raise_signal(s.SIGUSR1)
print(got)
print(s.signal(s.SIGUSR1, s.SIG_IGN) is handler)
s.raise_signal(s.SIGUSR1)
print(got, s.getsignal(s.SIGUSR1))
print(s.signal(s.SIGUSR1, s.SIG_DFL), s.getsignal(s.SIGUSR1))

def boom(signum, frame):
    raise RuntimeError('in handler %d' % signum)
s.signal(s.SIGUSR2, boom)
try:
    s.raise_signal(s.SIGUSR2)
except RuntimeError as e:
    print(type(e).__name__, e)
s.signal(s.SIGUSR2, s.SIG_DFL)

try:
    s.raise_signal(s.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    s.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))

for a in [(2, 5), (9, s.SIG_IGN), (0, s.SIG_DFL), (65, s.SIG_DFL), (2, 'x'), (32, s.SIG_DFL), (19, s.SIG_DFL)]:
    try:
        print(s.signal(*a))
    except Exception as e:
        print(a, type(e).__name__, e)
for a in [0, 65, 32, 33]:
    try:
        print(a, s.getsignal(a))
    except Exception as e:
        print(a, type(e).__name__, e)
for a in [0, 99]:
    try:
        s.raise_signal(a)
    except Exception as e:
        print(a, type(e).__name__, e)
print(s.siginterrupt(s.SIGINT, True), s.set_wakeup_fd(-1), s.alarm(0))
print(s.pthread_sigmask(s.SIG_BLOCK, []), s.pthread_sigmask(s.SIG_BLOCK, [s.SIGUSR1]), s.pthread_sigmask(s.SIG_SETMASK, []))
print(s.getitimer(s.ITIMER_REAL))
print(s.ItimerError.__name__, issubclass(s.ItimerError, OSError))
print(s.NSIG, s.SIGRTMIN, s.SIGRTMAX)
s.signal(s.SIGCHLD, s.SIG_DFL)
s.raise_signal(s.SIGCHLD)
print('still running')
