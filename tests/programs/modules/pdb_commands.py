# pdb driven by commands from a StringIO stdin, output captured in a StringIO stdout.
import io
import os
import pdb
import sys

def helper(a, b=2):
    c = a + b
    return c * 10

def work(n):
    total = 0
    for i in range(n):
        total += helper(i)
    word = 'done'
    return total, word

def run(commands, func, *args):
    stdin = io.StringIO('\n'.join(commands) + '\n')
    stdout = io.StringIO()
    dbg = pdb.Pdb(stdin=stdin, stdout=stdout, nosigint=True, readrc=False)
    dbg.use_rawinput = False
    result = dbg.runcall(func, *args)
    sys.settrace(None)
    text = stdout.getvalue().replace(__file__, 'FILE').replace(os.path.basename(__file__), 'FILE')
    print('== result', result)
    skip = False
    for line in text.splitlines():
        # Frames of bdb itself depend on the standard library's version: not shown.
        if 'bdb.py' in line:
            skip = True
            continue
        if skip and line.lstrip().startswith('->'):
            skip = False
            continue
        skip = False
        print('  |', line.rstrip())

run(['step', 'next', 'next', 'step', 'args', 'p c', 'next', 'p c', 'return', 'retval', 'where', 'continue'], work, 2)
run(['break helper', 'continue', 'args', 'bt', 'up', 'p total', 'down', 'continue', 'clear 1', 'continue'], work, 3)
run(['until', 'until', 'until', 'until', 'p total', 'p word', 'continue'], work, 2)
run(['next', 'next', '!total = 100', 'p total', 'continue'], work, 1)
run(['list', 'll', 'whatis helper', 'p [x * 2 for x in range(3)]', 'pp {"a": 1}', 'display total', 'next', 'next', 'undisplay', 'continue'], work, 1)
run(['jump 5', 'next', 'p total', 'continue'], work, 2)
run(['tbreak helper', 'continue', 'break', 'continue'], work, 2)
run(['p undefined_name', 'foo(', 'help next', 'continue'], work, 1)
print('trace:', sys.gettrace())
