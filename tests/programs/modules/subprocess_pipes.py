# subprocess: pipes, communicate (large data both ways), poll/wait, timeouts, signals, threads.
import os
import signal
import subprocess
import sys
import threading

# Large data both ways: the pipes fill, communicate must interleave.
data = bytes(range(256)) * 4096  # 1 MiB
r = subprocess.run(["cat"], input=data, capture_output=True)
print(len(r.stdout), r.stdout == data, r.returncode)
out, err = subprocess.Popen(["sh", "-c", "cat; cat >&2 </dev/null; head -c 300000 /dev/zero >&2"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE).communicate(data)
print(len(out), out == data, len(err))
r = subprocess.run(["wc", "-l"], input="a\nb\nc\n" * 10000, capture_output=True, text=True)
print(r.stdout.strip())

# Text mode, universal newlines, encoding
r = subprocess.run(["printf", "x\\r\\ny\\n"], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(["cat"], input="é€\n", capture_output=True, encoding="utf-8")
print(repr(r.stdout))

# Reading and writing the pipes by hand
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"line one\n")
p.stdin.flush()
print(p.stdout.readline())
p.stdin.write(b"line two\n")
p.stdin.close()
print(p.stdout.read())
print(p.wait(), p.returncode)
p.stdout.close()

# poll / wait / timeouts
p = subprocess.Popen(["sleep", "30"])
print(p.poll())
try:
    p.wait(timeout=0.2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd, e.timeout)
p.terminate()
print(p.wait(), p.poll())
p = subprocess.Popen(["sleep", "30"])
p.send_signal(signal.SIGINT)
print(p.wait())
p = subprocess.Popen(["sleep", "30"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sh", "-c", "kill -USR1 $$"])
print(p.wait())
try:
    subprocess.run(["sleep", "30"], timeout=0.3)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.cmd)
try:
    subprocess.run(["sh", "-c", "echo partial; exec sleep 30"], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output)
p = subprocess.Popen(["sh", "-c", "echo early; exec sleep 30"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.3)
except subprocess.TimeoutExpired:
    print("communicate timed out")
p.kill()
out, _ = p.communicate()
print(out, p.returncode)

# The context manager waits
with subprocess.Popen(["sh", "-c", "exit 9"]) as p:
    pass
print(p.returncode)

# os.waitpid / os.wait / status macros / os.kill
p = subprocess.Popen(["sh", "-c", "exit 5"])
pid, status = os.waitpid(p.pid, 0)
print(pid == p.pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))
p.returncode = 5
p = subprocess.Popen(["sleep", "30"])
print(os.waitpid(p.pid, os.WNOHANG))
os.kill(p.pid, signal.SIGTERM)
pid, status = os.wait()
print(pid == p.pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.waitstatus_to_exitcode(status))
p.returncode = -15
try:
    os.waitpid(p.pid, 0)
except ChildProcessError as e:
    print(type(e).__name__, e)
try:
    os.wait()
except ChildProcessError as e:
    print(type(e).__name__, e)

# Threads reading the pipes while the main thread waits (communicate's other strategy)
p = subprocess.Popen(["sh", "-c", "head -c 200000 /dev/zero; head -c 100000 /dev/zero >&2"],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
got = {}
def reader(name, f):
    n = 0
    while chunk := os.read(f.fileno(), 65536):
        n += len(chunk)
    got[name] = n
ts = [threading.Thread(target=reader, args=("out", p.stdout)), threading.Thread(target=reader, args=("err", p.stderr))]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(got.items()), p.wait())
p.stdout.close()
p.stderr.close()

# A thread waits for a child while the main thread works
p = subprocess.Popen(["sh", "-c", "sleep 0.2; exit 6"])
res = []
t = threading.Thread(target=lambda: res.append(p.wait()))
t.start()
t.join()
print(res)

# pass_fds
r, w = os.pipe()
p = subprocess.Popen([sys.executable, "-c", f"import os; os.write({w}, b'through-fd\\n')"], pass_fds=(w,))
os.close(w)
print(p.wait(), os.read(r, 100))
os.close(r)

# start_new_session
p = subprocess.Popen(["sleep", "30"], start_new_session=True)
print(os.getsid(p.pid) == p.pid, os.getpgid(p.pid) == p.pid, os.getsid(0) != p.pid)
p.kill()
p.wait()

# os.popen
with os.popen("echo popen") as f:
    print(f.read())
f = os.popen("exit 3")
print(f.read(), f.close())

# sys.executable runs this interpreter
r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(4)", "a", "b"],
                   capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
r = subprocess.run([sys.executable, "-c", "raise KeyError('k')"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[-1])
r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper())"], input="from parent",
                   capture_output=True, text=True, env={})
print(r.returncode, repr(r.stdout))
r = subprocess.run([sys.executable, "-I", "-c", "import sys; print(sys.flags.isolated, sys.flags.ignore_environment)"],
                   capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run([sys.executable, "-c", "import sys; sys.exit('message')"], capture_output=True, text=True)
print(r.returncode, repr(r.stderr))
r = subprocess.run([sys.executable, "-Z"], capture_output=True, text=True)
print(r.returncode, r.stderr.splitlines()[0])
