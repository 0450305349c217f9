# os.spawnv/spawnve/spawnvp/spawnvpe (and os.py's spawnl... on top): P_WAIT gives the exit code
# (-signal when killed), P_NOWAIT the pid for waitpid; an exec that fails exits with 127.
import os, sys
print(os.P_WAIT, os.P_NOWAIT, os.P_NOWAITO, hasattr(os, "spawnl"), hasattr(os, "spawnlpe"))
print(os.spawnv(os.P_WAIT, '/nonexistent', ['x']))
for a in ([], 'ab', ['']):
    try: os.spawnv(os.P_WAIT, '/bin/true', a)
    except Exception as e: print(type(e).__name__, e)
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit 3']))
print(os.spawnv(os.P_WAIT, '/bin/sh', ['sh', '-c', 'kill -9 $$']))
print(os.spawnvp(os.P_WAIT, 'sh', ['sh', '-c', 'exit 4']))
print(os.spawnve(os.P_WAIT, '/bin/sh', ['sh', '-c', 'exit $X'], {'X': '5'}))
print(os.spawnl(os.P_WAIT, '/bin/sh', 'sh', '-c', 'exit 6'))
print(os.spawnlpe(os.P_WAIT, 'sh', 'sh', '-c', 'exit $Y', {'Y': '7', 'PATH': os.environ['PATH']}))
pid = os.spawnv(os.P_NOWAIT, sys.executable, [sys.executable, '-c', 'import sys; sys.exit(9)'])
p2, st = os.waitpid(pid, 0)
print(p2 == pid, os.waitstatus_to_exitcode(st))
pid = os.spawnv(os.P_NOWAIT, '/nonexistent', ['x'])
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
sys.stdout.flush()
print(os.spawnv(os.P_WAIT, sys.executable, [sys.executable, "-c", "print('child says hi')"]))
for env in ({"A=B": "x"}, {"A\0": "x"}, {"A": "x\0y"}, {"": "x"}, {"OK": "1"}):
    print("env", sorted(env), os.spawnve(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 0"], env))
