# fails on purpose: exception propagating out of nested coroutines driven by send()
async def inner(x):
    return 10 // x
async def outer():
    a = await inner(2)
    print("first", a)
    b = await inner(0)
    return a + b
outer().send(None)
