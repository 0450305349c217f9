# fails on purpose: an exception from a key function called by sorted (builtin frames are not shown)
records = [{"name": "a", "age": 3}, {"name": "b"}, {"name": "c", "age": 1}]
def by_age(r):
    return r["age"]
print(sorted(records[:1], key=by_age))
print(sorted(records, key=by_age))
