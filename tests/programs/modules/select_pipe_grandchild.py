# A wait for a pipe that only another process writes: the child that got the pipe has exited
# and its own child (a grandchild) writes later. select/poll/epoll and an asyncio loop wait for
# it rather than calling it a deadlock.
import asyncio
import select
import subprocess

CMD = ['sh', '-c', '(sleep 0.3; echo late) & exit 0']

p = subprocess.Popen(CMD, stdout=subprocess.PIPE)
print('child exit:', p.wait())
print('select:', select.select([p.stdout], [], [])[0] == [p.stdout])
print(p.stdout.read())
p.stdout.close()

p = subprocess.Popen(CMD, stdout=subprocess.PIPE)
p.wait()
ep = select.epoll()
ep.register(p.stdout.fileno(), select.EPOLLIN)
print('epoll:', [ev & select.EPOLLIN for fd, ev in ep.poll()])
ep.close()
print(p.stdout.read())
p.stdout.close()


async def main():
    proc = await asyncio.create_subprocess_exec(*CMD, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return out, proc.returncode

print('asyncio:', asyncio.run(main()))
