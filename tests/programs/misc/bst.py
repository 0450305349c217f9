# Binary search tree with recursive insert, in-order generator, height, deletion
class BST:
    class _N:
        def __init__(self, k):
            self.k, self.l, self.r = k, None, None
    def __init__(self):
        self.root = None
    def insert(self, k):
        def ins(n):
            if n is None:
                return BST._N(k)
            if k < n.k:
                n.l = ins(n.l)
            elif k > n.k:
                n.r = ins(n.r)
            return n
        self.root = ins(self.root)
    def __iter__(self):
        def walk(n):
            if n:
                yield from walk(n.l)
                yield n.k
                yield from walk(n.r)
        return walk(self.root)
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.l), h(n.r))
        return h(self.root)
    def __contains__(self, k):
        n = self.root
        while n:
            if k == n.k:
                return True
            n = n.l if k < n.k else n.r
        return False
    def delete(self, k):
        def dele(n, k):
            if n is None:
                raise KeyError(k)
            if k < n.k:
                n.l = dele(n.l, k)
            elif k > n.k:
                n.r = dele(n.r, k)
            else:
                if n.l is None:
                    return n.r
                if n.r is None:
                    return n.l
                m = n.r
                while m.l:
                    m = m.l
                n.k = m.k
                n.r = dele(n.r, m.k)
            return n
        self.root = dele(self.root, k)
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t.insert(k)
print(list(t), t.height(), 35 in t, 36 in t)
t.delete(30)
t.delete(50)
print(list(t), t.height())
try:
    t.delete(999)
except KeyError as e:
    print(type(e).__name__, e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words.insert(w)
print(list(words))
