[x for x in y if x]
{x: y for x, y in z}
{x for x in y for z in x}
(x for x in range(3))
[x for x in a for y in [x * 2]]
