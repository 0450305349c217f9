# termios: constants, termios.error, argument checks, and the errors for descriptors that are
# not terminals (tty imports it).
import os
import tempfile
import termios
import tty

print(termios.error.__mro__[1:], termios.error.__module__)
for name in ["TCSANOW", "TCSADRAIN", "TCSAFLUSH", "ECHO", "ICANON", "VMIN", "VTIME", "NCCS", "B9600",
             "B38400", "TCIFLUSH", "TCOFLUSH", "TCIOFLUSH", "TCOOFF", "TCOON", "TIOCGWINSZ", "CS8",
             "OPOST", "BRKINT", "ISIG", "IEXTEN"]:
    print(name, getattr(termios, name))
print(tty.IFLAG, tty.OFLAG, tty.CC)
print(sum(1 for n in dir(termios) if n.isupper() and isinstance(getattr(termios, n), int)) > 200)

fd, path = tempfile.mkstemp()
r, w = os.pipe()
for target in [fd, r]:
    for f, extra in [(termios.tcgetattr, ()), (termios.tcdrain, ()), (termios.tcflush, (termios.TCIFLUSH,)),
                     (termios.tcflow, (termios.TCOON,)), (termios.tcsendbreak, (0,)),
                     (termios.tcgetwinsize, ()), (termios.tcsetwinsize, ((24, 80),))]:
        try:
            f(target, *extra)
            print(f.__name__, "ok")
        except termios.error as e:
            print(f.__name__, type(e).__name__, e.args)
    try:
        tty.setraw(target)
    except termios.error as e:
        print("setraw", e.args)
os.close(fd)
os.unlink(path)
os.close(r)
os.close(w)

for bad in [fd, 987]:
    try:
        termios.tcgetattr(bad)
    except termios.error as e:
        print("closed", e.args)
for args in [("x",), (-1,), (None,)]:
    try:
        termios.tcgetattr(*args)
    except Exception as e:
        print(type(e).__name__, e)
r, w = os.pipe()
for attrs in [[], [0] * 7, "x"]:
    try:
        termios.tcsetattr(r, termios.TCSANOW, attrs)
    except Exception as e:
        print(type(e).__name__, e)
os.close(r)
os.close(w)
try:
    termios.tcgetattr()
except TypeError as e:
    print("TypeError", e)
try:
    termios.tcflush(0, "x")
except TypeError as e:
    print("TypeError", e)
for f, a in [(termios.tcflush, (0,)), (termios.tcsetattr, (0,)), (termios.tcgetattr, (1, 2)),
             (termios.tcsetwinsize, (0,)), (termios.tcdrain, ())]:
    try:
        f(*a)
    except TypeError as e:
        print("TypeError", e)
try:
    termios.tcgetattr(fd=1)
except TypeError as e:
    print("TypeError", e)
