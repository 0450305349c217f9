# asyncio subprocesses (exec and shell, large input and output, stderr, timeouts), and pipes in
# non-blocking mode (os.set_blocking), which asyncio's pipe transports use.
import asyncio
import os
import sys

async def main():
    p = await asyncio.create_subprocess_exec("echo", "hi", stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate()
    print(out, p.returncode)
    p = await asyncio.create_subprocess_shell("cat; exit 3", stdin=asyncio.subprocess.PIPE,
                                              stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(b"x" * 300000)
    print(len(out), p.returncode)
    p = await asyncio.create_subprocess_exec("sh", "-c", "echo line1; echo err >&2; echo line2",
                                             stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    lines = []
    while line := await p.stdout.readline():
        lines.append(line)
    err = await p.stderr.read()
    print(lines, err, await p.wait())
    p = await asyncio.create_subprocess_exec("sleep", "30")
    try:
        await asyncio.wait_for(p.wait(), 0.3)
    except asyncio.TimeoutError:
        print("timed out")
    p.kill()
    print(await p.wait())
    try:
        await asyncio.create_subprocess_exec("nonexistent-program-xyz")
    except FileNotFoundError as e:
        print(type(e).__name__, e)
    # Two children at once
    ps = [await asyncio.create_subprocess_exec("sh", "-c", f"sleep 0.{i}; echo {i}", stdout=asyncio.subprocess.PIPE)
          for i in (3, 1)]
    outs = await asyncio.gather(*(q.communicate() for q in ps))
    print([o for o, _ in outs], [q.returncode for q in ps])

asyncio.run(main())

# os.set_blocking on a pipe
r, w = os.pipe()
print(os.get_blocking(r), os.get_blocking(w))
os.set_blocking(r, False)
os.set_blocking(w, False)
print(os.get_blocking(r), os.get_blocking(w))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print(type(e).__name__, e.errno)
total = 0
try:
    while True:
        total += os.write(w, b"y" * 4096)
except BlockingIOError as e:
    print(type(e).__name__, e.errno, total > 0)
print(len(os.read(r, 100)))
os.set_blocking(r, True)
print(os.get_blocking(r))
os.close(w)
n = 100
while chunk := os.read(r, 65536):
    n += len(chunk)
print(n == total)
os.close(r)
