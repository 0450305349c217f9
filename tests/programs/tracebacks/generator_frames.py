# fails on purpose: exception raised inside a generator resumed through yield from
def numbers():
    yield 1
    yield 2
    raise IndexError("ran out")
def relay():
    yield from numbers()
for n in relay():
    print("got", n)
