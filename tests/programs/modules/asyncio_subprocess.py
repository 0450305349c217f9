# asyncio subprocesses: pipes through the event loop, and the child watchers that wait for
# SIGCHLD (SafeChildWatcher, FastChildWatcher) as well as the threaded one.
import asyncio
import os
import signal
import sys


async def communicate(code, data):
    proc = await asyncio.create_subprocess_exec(
        sys.executable, '-c', code,
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(data)
    return out, err, await proc.wait()


async def shell():
    proc = await asyncio.create_subprocess_shell(
        'read line; echo "got $line"; echo oops >&2; exit 3',
        stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate(b'hello\n')
    return out, err, proc.returncode


async def killed():
    proc = await asyncio.create_subprocess_exec('sleep', '30')
    proc.kill()
    return await proc.wait()


async def lines():
    proc = await asyncio.create_subprocess_exec(
        'sh', '-c', 'for i in 1 2 3; do echo line $i; done', stdout=asyncio.subprocess.PIPE)
    got = []
    async for line in proc.stdout:
        got.append(line)
    await proc.wait()
    return got, proc.returncode


async def cancel_creation(loop):
    # Cancelled while its pipes connect: the child is killed, and the transport still
    # finishes (the stdin pipe's reader is gone, its read end reports an error).
    coro = loop.subprocess_exec(asyncio.SubprocessProtocol, 'sleep', '30')
    task = loop.create_task(coro)
    loop.call_soon(task.cancel)
    try:
        await task
    except asyncio.CancelledError:
        return 'cancelled'
    return 'not cancelled'


def run(watcher_class):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    watcher = watcher_class()
    watcher.attach_loop(loop)
    asyncio.set_child_watcher(watcher)
    try:
        print(watcher_class.__name__)
        if watcher_class is asyncio.SafeChildWatcher:
            # Python children (slow to start: once only).
            print(' ', loop.run_until_complete(communicate('import sys; data = sys.stdin.read(); print(len(data)); sys.exit(4)', b'abcdef')))
            # /dev/stdin is a pipe the parent may have written and closed before the child opens it.
            print(' ', loop.run_until_complete(communicate('f = open("/dev/stdin"); print(f.read().upper())', b'abc')))
        print(' ', loop.run_until_complete(shell()))
        print(' ', loop.run_until_complete(killed()) == -signal.SIGKILL)
        print(' ', loop.run_until_complete(lines()))
        print(' ', loop.run_until_complete(cancel_creation(loop)))
    finally:
        asyncio.set_child_watcher(None)
        watcher.close()
        asyncio.set_event_loop(None)
        loop.close()


for cls in (asyncio.SafeChildWatcher, asyncio.FastChildWatcher, asyncio.ThreadedChildWatcher):
    run(cls)

# A SIGCHLD handler of one's own runs when a child ends.
seen = []
old = signal.signal(signal.SIGCHLD, lambda n, f: seen.append(n))
import subprocess
p = subprocess.Popen(['true'])
p.wait()
import time
deadline = time.monotonic() + 10
while not seen and time.monotonic() < deadline:
    time.sleep(0.01)
signal.signal(signal.SIGCHLD, old)
print('SIGCHLD seen:', seen[:1] == [signal.SIGCHLD])
