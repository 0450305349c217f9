import contextvars
for f in (lambda: contextvars.ContextVar(), lambda: contextvars.Context(1), lambda: contextvars.ContextVar(1),
          lambda: contextvars.ContextVar('a', 1, 2), lambda: contextvars.Context(a=1),
          lambda: contextvars.ContextVar('a', foo=1), lambda: contextvars.ContextVar(name='x'),
          lambda: contextvars.ContextVar(default=1)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
v = contextvars.ContextVar('v', default=3)
print(v.name, v.get(), type(contextvars.Context()).__name__)
