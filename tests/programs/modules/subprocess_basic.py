# subprocess: run, Popen, exit codes, missing executables, cwd, env, errors.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
print(r.args)

r = subprocess.run(["sh", "-c", "exit 3"])
print("exit", r.returncode)
try:
    subprocess.run(["sh", "-c", "exit 4"], check=True)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode)

r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
r = subprocess.run(["sh", "-c", "echo out; echo err >&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
r = subprocess.run(["sh", "-c", "echo gone"], stdout=subprocess.DEVNULL)
print(r.stdout, r.returncode)

for args in (["nonexistent-program-xyz"], ["/nonexistent/dir/prog"], ["./nonexistent-rel"]):
    try:
        subprocess.run(args)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename)

try:
    subprocess.run(["echo"], executable="/no/such/exe")
except OSError as e:
    print(type(e).__name__, e)

# A directory and a file that is not executable.
with tempfile.TemporaryDirectory() as d:
    try:
        subprocess.run([d])
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == d)
    f = os.path.join(d, "notexec")
    with open(f, "w") as fh:
        fh.write("echo hi\n")
    try:
        subprocess.run([f])
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename == f)
    os.chmod(f, 0o755)
    # No #! line: execve refuses it (ENOEXEC), the shell would not.
    try:
        subprocess.run([f])
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    print(subprocess.run(["sh", f], capture_output=True).stdout)
    with open(f, "w") as fh:
        fh.write("#!/bin/sh\necho hi\n")
    print(subprocess.run([f], capture_output=True).stdout)
    # cwd
    r = subprocess.run(["pwd"], cwd=d, capture_output=True, text=True)
    print(r.stdout.strip() == os.path.realpath(d) or r.stdout.strip() == d)
    r = subprocess.run(["./notexec"], cwd=d, capture_output=True)
    print(r.stdout)

try:
    subprocess.run(["ls"], cwd="/nonexistent/dir")
except OSError as e:
    print(type(e).__name__, e)

# env
print(subprocess.check_output("echo $FOO-$BAR", shell=True, env={"FOO": "foo", "BAR": "bar"}))
print(subprocess.check_output(["env"], env={"ONLY": "1"}))
os.environ["TYPHON_TEST_VAR"] = "inherited"
print(subprocess.check_output("echo $TYPHON_TEST_VAR", shell=True))
del os.environ["TYPHON_TEST_VAR"]
print(subprocess.check_output("echo x${TYPHON_TEST_VAR}x", shell=True))

# shell=True, getoutput, getstatusoutput, call, check_call
print(subprocess.call("exit 7", shell=True))
print(subprocess.check_call(["true"]))
print(subprocess.getoutput("echo one; echo two"))
print(subprocess.getstatusoutput("echo bad; exit 2"))
print(subprocess.check_output(["printf", "a\\nb"], text=True).splitlines())

# argv[0] and executable
print(subprocess.check_output(["sh", "-c", "echo $0"]))
print(subprocess.check_output(["fakename", "-c", "echo $0"], executable="/bin/sh"))

# bytes arguments and pathlike
import pathlib
print(subprocess.check_output([b"echo", b"bytes"]))
print(subprocess.check_output([pathlib.Path("/bin/echo"), "path"]))

# umask
r = subprocess.run(["sh", "-c", "umask"], capture_output=True, text=True, umask=0o027)
print(r.stdout.strip())

# errors of the arguments
try:
    subprocess.run(["echo", "a\0b"])
except ValueError as e:
    print(type(e).__name__, e)
try:
    subprocess.run(["echo"], env={"A=B": "1"})
except ValueError as e:
    print(type(e).__name__, e)
