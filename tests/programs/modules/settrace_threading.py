# threading.settrace / threading.setprofile install the functions in threads started afterwards
# (through sys.settrace / sys.setprofile); tracing is per thread.
import sys
import threading

log = []

def tracer(frame, event, arg):
    log.append(('trace', frame.f_code.co_name, event))
    return None

def profiler(frame, event, arg):
    if frame.f_code.co_name in ('work', 'helper'):
        log.append(('profile', frame.f_code.co_name, event))

def helper():
    return 2

def work():
    return helper() + 1

threading.settrace(tracer)
t = threading.Thread(target=work)
t.start()
t.join()
threading.settrace(None)
print(sorted(set(e for e in log if e[1] in ('work', 'helper', 'run'))))
print('main thread trace:', sys.gettrace())

log.clear()
threading.setprofile(profiler)
t = threading.Thread(target=work)
t.start()
t.join()
threading.setprofile(None)
print(log)
print('main thread profile:', sys.getprofile())

# A trace function set in the main thread does not reach a new thread.
log.clear()
sys.settrace(tracer)
t = threading.Thread(target=work)
t.start()
t.join()
sys.settrace(None)
print(sorted(set(e[1] for e in log if e[1] in ('work', 'helper'))))
