import sys, threading, traceback
e1=threading.Event(); e2=threading.Event(); info=[]
def f123(): g456()
def g456():
    info.append(threading.get_ident()); e1.set()
    try:
        raise ValueError("x")
    except ValueError:
        e2.wait()
t=threading.Thread(target=f123); t.start(); e1.wait()
d=sys._current_frames()
print(sorted(d) == sorted([threading.get_ident(), info[0]]))
print(d[threading.get_ident()] is sys._getframe())
st=traceback.extract_stack(d[info[0]])
print([x.name for x in st][-3:])
d=sys._current_exceptions()
print(d[threading.get_ident()], d[info[0]][:2], type(d[info[0]][2]).__name__)
e2.set(); t.join()
