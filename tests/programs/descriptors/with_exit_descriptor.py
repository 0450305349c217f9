# The __exit__/__aexit__ of a context manager found on its type is bound through the
# descriptor protocol, whatever kind of descriptor it is.
import asyncio


class Binder:
    def __init__(self, tag):
        self.tag = tag

    def __get__(self, obj, objtype=None):
        def method(*args):
            print(self.tag, type(obj).__name__, [a if not isinstance(a, BaseException) else repr(a) for a in args][:2])
            return self.tag == 'swallow'
        return method


class CM:
    __enter__ = Binder('enter')
    __exit__ = Binder('exit')


class Swallow:
    def __enter__(self):
        return 'entered'
    __exit__ = Binder('swallow')


class Static:
    def __enter__(self):
        return self

    @staticmethod
    def __exit__(*args):
        print('static exit', len(args))


class Class:
    def __enter__(self):
        return self

    @classmethod
    def __exit__(cls, *args):
        print('classmethod exit', cls.__name__, len(args))


with CM() as x:
    print('body', x)
with Swallow() as x:
    print('body', x)
    raise ValueError('swallowed')
print('after swallow')
try:
    with CM():
        raise KeyError('k')
except KeyError as e:
    print('propagated', repr(e))
with Static():
    pass
with Class():
    pass


class ACM:
    async def __aenter__(self):
        return 'aentered'

    class _AExit:
        def __get__(self, obj, objtype=None):
            async def aexit(*args):
                print('aexit', type(obj).__name__, args[0])
            return aexit
    __aexit__ = _AExit()


async def main():
    async with ACM() as v:
        print('abody', v)

asyncio.run(main())

from unittest import mock
m = mock.MagicMock()
m.__enter__.return_value = 'from mock'
with m as v:
    print(v)
print(m.__exit__.call_count)
