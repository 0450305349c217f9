# fails on purpose: KeyError with a tuple key and a long dict expression on the failing line
table = {(0, 0): "origin", (1, 0): "east"}
print(table[(0, 0)])
print(table[(0, 1)])
