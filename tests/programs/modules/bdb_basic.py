# bdb: a debugger driven by a script of commands; breakpoints, stepping, return values.
import bdb
import sys

def inner(x):
    y = x * 2
    return y + 1

def outer(n):
    total = 0
    for i in range(n):
        total += inner(i)
    return total

class Dbg(bdb.Bdb):
    def __init__(self, script):
        super().__init__()
        self.script = list(script)
        self.log = []

    def where(self, frame):
        return '%s:%d' % (frame.f_code.co_name, frame.f_lineno - frame.f_code.co_firstlineno)

    def next_command(self, frame):
        cmd = self.script.pop(0) if self.script else 'continue'
        if cmd == 'step':
            self.set_step()
        elif cmd == 'next':
            self.set_next(frame)
        elif cmd == 'return':
            self.set_return(frame)
        elif cmd == 'until':
            self.set_until(frame)
        elif cmd == 'quit':
            self.set_quit()
        else:
            self.set_continue()
        return cmd

    def user_call(self, frame, args):
        self.log.append(('call', self.where(frame), self.next_command(frame)))

    def user_line(self, frame):
        self.log.append(('line', self.where(frame), self.next_command(frame)))

    def user_return(self, frame, value):
        self.log.append(('return', self.where(frame), value, self.next_command(frame)))

    def user_exception(self, frame, exc_info):
        self.log.append(('exception', self.where(frame), exc_info[0].__name__, self.next_command(frame)))

def show(title, dbg):
    print('==', title)
    for entry in dbg.log:
        print('  ', entry)

d = Dbg(['step', 'step', 'next', 'step', 'step', 'step', 'return', 'next', 'continue'])
print('result', d.runcall(outer, 2))
show('stepping', d)

d = Dbg(['continue', 'continue', 'continue'])
d.set_break(__file__, inner.__code__.co_firstlineno + 2)
print('result', d.runcall(outer, 3))
show('breakpoint in inner', d)
print('breaks:', {k.rsplit('/', 1)[-1]: v for k, v in d.get_all_breaks().items()})
bp = d.get_breaks(__file__, inner.__code__.co_firstlineno + 2)[0]
print('hits', bp.hits, 'enabled', bp.enabled, 'temporary', bp.temporary)
print(d.clear_break(__file__, inner.__code__.co_firstlineno + 2))
print(d.clear_break(__file__, 1).replace(__file__, 'FILE'))
print(d.set_break(__file__, 100000).replace(__file__, 'FILE'))

d = Dbg(['continue'])
d.set_break(__file__, outer.__code__.co_firstlineno + 3, cond='i == 1')
print('result', d.runcall(outer, 3))
show('conditional breakpoint', d)
d.clear_all_breaks()

def raiser():
    x = 1
    raise ValueError(x)

def catches():
    try:
        raiser()
    except ValueError:
        return 'caught'

d = Dbg(['step', 'step', 'step', 'step', 'step', 'step', 'step', 'continue'])
print('result', d.runcall(catches))
show('exception', d)

d = Dbg(['step', 'quit'])
try:
    d.runcall(outer, 2)
except bdb.BdbQuit:
    print('BdbQuit raised')
show('quit', d)
print('trace after quit:', sys.gettrace())

d = Dbg(['continue'])
d.run('x = 1\ny = x + 1\n', {}, {})
show('run string', d)
print(bdb.Bdb().canonic('<string>'), d.format_stack_entry((sys._getframe(), sys._getframe().f_lineno))[:0] == '')
