"""Drives `typhon` on a pseudo-terminal: the interactive prompt as a user sees it (line editing,
history, Ctrl-C at the prompt and while code runs, input(), Ctrl-D, exit status).

Usage: python3 tests/repl/pty_test.py [path/to/bin/typhon]. Prints one line per check and exits
non-zero if any fails. Terminal escape sequences are removed before matching.
"""
import os, pty, re, select, sys, time

TYPHON = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "bin", "typhon")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
failures = 0


class Session:
    def __init__(self, *args):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            os.environ["TERM"] = "xterm"
            os.execvp(TYPHON, [TYPHON, *args])
        self.buf = ""
        self.status = None

    def _read(self, timeout):
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return False
        try:
            data = os.read(self.fd, 65536)
        except OSError:
            data = b""
        if not data:
            return None
        self.buf += ANSI.sub("", data.decode("utf-8", "replace")).replace("\r", "")
        return True

    def expect(self, pattern, timeout=20):
        """Waits for `pattern` (a regex) and returns the text up to its end (consumed)."""
        end = time.time() + timeout
        rx = re.compile(pattern)
        while True:
            m = rx.search(self.buf)
            if m:
                text, self.buf = self.buf[:m.end()], self.buf[m.end():]
                return text
            left = end - time.time()
            if left <= 0 or self._read(left) is None:
                text, self.buf = self.buf, ""
                return text + "<no match for %r>" % pattern

    def send(self, s):
        os.write(self.fd, s.encode())

    def wait(self, timeout=20):
        end = time.time() + timeout
        while time.time() < end:
            pid, st = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = os.waitstatus_to_exitcode(st)
                return self.status
            self._read(0.1)
        os.kill(self.pid, 9)
        os.waitpid(self.pid, 0)
        return "timeout"


def check(name, ok, detail=""):
    global failures
    print(("ok   " if ok else "FAIL ") + name + ("" if ok else "\n     " + repr(detail)))
    if not ok:
        failures += 1


PROMPT = r">>> $"

s = Session()
t = s.expect(PROMPT)
check("banner and prompt", 'Type "help", "copyright", "credits" or "license"' in t and t.startswith("Python 3.11"), t)
s.send("1 + 1\r")
t = s.expect(PROMPT)
check("expression echoed", "\n2\n" in t, t)
s.send("for i in range(2):\r")
t = s.expect(r"\.\.\. $")
s.send("    i * 10\r")
s.expect(r"\.\.\. $")
s.send("\r")
t = s.expect(PROMPT)
check("block with ... prompts", "0\n10\n" in t, t)
s.send("abc\x03")
t = s.expect(PROMPT)
check("Ctrl-C at the prompt", "KeyboardInterrupt" in t and "Traceback" not in t, t)
s.send("while True: pass\r")
s.expect(r"\.\.\. $")
s.send("\r")
time.sleep(1.0)
s.send("\x03")
t = s.expect(PROMPT)
check("Ctrl-C in a loop", "Traceback (most recent call last):" in t and "KeyboardInterrupt" in t and 'File "<stdin>", line 1, in <module>' in t, t)
s.send("def r(n):\r")
s.expect(r"\.\.\. $")
s.send("    return 0 if n == 0 else r(n - 1) + r(n - 1)\r")
s.expect(r"\.\.\. $")
s.send("\r")
s.expect(PROMPT)
s.send("r(60)\r")
time.sleep(1.0)
s.send("\x03")
t = s.expect(PROMPT)
check("Ctrl-C in recursive calls", "KeyboardInterrupt" in t and "in r" in t, t)
s.send("try:\r")
s.expect(r"\.\.\. $")
s.send("    while 1: pass\r")
s.expect(r"\.\.\. $")
s.send("except KeyboardInterrupt:\r")
s.expect(r"\.\.\. $")
s.send("    print('caught it')\r")
s.expect(r"\.\.\. $")
s.send("\r")
time.sleep(1.0)
s.send("\x03")
t = s.expect(PROMPT)
check("KeyboardInterrupt can be caught", "caught it" in t and "Traceback" not in t, t)
s.send("x = input('name? ')\r")
s.expect(r"name\? $")
s.send("bob\r")
s.expect(PROMPT)
s.send("x\r")
t = s.expect(PROMPT)
check("input()", "'bob'" in t, t)
s.send("input('again? ')\r")
s.expect(r"again\? $")
s.send("xy\x03")
t = s.expect(PROMPT)
check("Ctrl-C in input()", "KeyboardInterrupt" in t and "Traceback" in t, t)
s.send("x = 12\x1b[D\x1b[D3\r")
s.expect(PROMPT)
s.send("x\r")
t = s.expect(PROMPT)
check("line editing (left arrow, insert)", "\n312\n" in t, t)
s.send("x = x + 1\r")
s.expect(PROMPT)
s.send("\x1b[A\r")
s.expect(PROMPT)
s.send("\x1b[A\x1b[A\r")
t = s.expect(PROMPT)
check("history (up arrow)", "\n314\n" in t, t)
s.send("print('out'); import sys; print('err', file=sys.stderr)\r")
t = s.expect(PROMPT)
check("stdout and stderr", "out\n" in t and "err\n" in t, t)
s.send("1/0\r")
t = s.expect(PROMPT)
check("traceback, session goes on", "ZeroDivisionError: division by zero" in t, t)
s.send("\x04")
st = s.wait()
check("Ctrl-D leaves with status 0", st == 0, st)

s = Session()
s.expect(PROMPT)
s.send("exit(5)\r")
check("exit(5) gives status 5", s.wait() == 5, s.status)

s = Session("-i", "-c", "y = 7")
t = s.expect(PROMPT)
check("-i -c: no banner", "Type" not in t, t)
s.send("y * 6\r")
t = s.expect(PROMPT)
check("-i -c: the program's globals", "42" in t, t)
s.send("raise SystemExit('bye')\r")
t = s.expect(r"bye\n")
check("SystemExit with a message: status 1", s.wait() == 1, s.status)

s = Session("-q")
t = s.expect(PROMPT)
check("-q: no banner", "Type" not in t, t)
s.send("import sys; sys.ps1 = 'P> '; sys.ps2 = 'C> '\r")
s.expect(r"P> $")
s.send("if 1:\r")
t = s.expect(r"C> $")
s.send("  'ps2'\r")
s.expect(r"C> $")
s.send("\r")
t = s.expect(r"P> $")
check("sys.ps1 and sys.ps2", "'ps2'" in t, t)
s.send("quit()\r")
check("quit()", s.wait() == 0, s.status)

print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)
