# os.pidfd_open: a descriptor that polls readable once its process has ended (asyncio's PidfdChildWatcher).
import os, select, subprocess, time
fd = os.pidfd_open(os.getpid())
print(type(fd).__name__)
os.close(fd)
for a in [(0,), (-5,), (os.getpid(), 1), (99999999,)]:
    try: os.pidfd_open(*a)
    except Exception as e: print(type(e).__name__, e)
p = subprocess.Popen(['sleep', '0.3'])
fd = os.pidfd_open(p.pid)
ep = select.epoll(); ep.register(fd, select.EPOLLIN)
print('running:', ep.poll(0))
print('ended:', [ev for f, ev in ep.poll(10)] == [select.EPOLLIN])
print(select.select([fd], [], [], 0)[0] == [fd])
print(p.wait())
ep.close(); os.close(fd)

import asyncio
import sys
import warnings


async def main():
    proc = await asyncio.create_subprocess_exec('sh', '-c', 'echo out; exit 5', stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out, proc.returncode

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
watcher = asyncio.PidfdChildWatcher()
watcher.attach_loop(loop)
asyncio.set_child_watcher(watcher)
print(loop.run_until_complete(main()))
asyncio.set_child_watcher(None)
watcher.close()
loop.close()
