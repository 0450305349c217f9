# Async iteration protocol implemented with async generator methods on classes; async for with break/else
class Step:
    def __await__(self):
        yield
class Paginated:
    def __init__(self, pages):
        self.pages = pages
    async def __aiter__(self):
        for p, items in enumerate(self.pages):
            await Step()
            for it in items:
                yield p, it
class Source:
    def __aiter__(self):
        return self.gen()
    async def gen(self):
        yield "s1"
        yield "s2"
async def main():
    out = []
    async for page, item in Paginated([["a", "b"], [], ["c"]]):
        out.append(f"{page}:{item}")
    async for v in Source():
        out.append(v)
    async for v in Source():
        if v == "s1":
            break
    else:
        out.append("no-break else")
    async for v in Paginated([]):
        pass
    else:
        out.append("empty async for else")
    return out
co = main()
try:
    while True:
        co.send(None)
except StopIteration as e:
    print(e.value)
