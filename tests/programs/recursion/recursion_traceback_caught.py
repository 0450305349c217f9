# fails on purpose: RecursionError inside a method, uncaught, with a class frame name and repeated-line summary
class Walker:
    def walk(self, n):
        if n < 0:
            return 0
        return self.walk(n + 1)
print("walking")
Walker().walk(0)
