a = 1
a, *b, c = x
a = b = c
x.y += 1
x[i] += 2
del a, x.y, x[0]
