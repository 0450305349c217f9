# Functions made inside compiled code (MAKE_FUNCTION): defaults, keyword-only defaults,
# annotations, closures, their names and qualnames; the outer function runs 100 times.


def outer(n):
    res = []
    for i in range(n):
        f = lambda x, k=i: x + k

        def g(a, *, b=i):
            return a * b

        def h() -> int:
            return i

        def cl():
            return res

        async def co():
            return 1

        class Local:
            def m(self, q=i):
                return q

        res.append((f(1), g(2), g(2, b=3), h(), h.__annotations__, cl() is res, f.__defaults__,
                    g.__kwdefaults__, co.__qualname__, g.__qualname__, Local().m(), Local.m.__qualname__,
                    f.__closure__, [c.cell_contents is res for c in cl.__closure__]))
    return res[-1], len(res)


for _ in range(100):
    r = outer(3)
print(r)
