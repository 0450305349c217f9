# fails on purpose: KeyError raised inside a dict comprehension in a nested function
def index_by(rows, field):
    return {row[field]: row for row in rows}
rows = [{"id": 1}, {"id": 2}, {"key": 3}]
print(len(index_by(rows[:2], "id")))
index_by(rows, "id")
