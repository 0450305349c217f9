# fails on purpose: an uncaught ExceptionGroup with notes, a cause chain on one leaf, and a nested group
def leaf_with_cause():
    try:
        {}["k"]
    except KeyError as e:
        raise ValueError("converted") from e
errs = []
try:
    leaf_with_cause()
except ValueError as e:
    errs.append(e)
inner = ExceptionGroup("inner", [TypeError("t1")])
eg = ExceptionGroup("outer", errs + [inner])
eg.add_note("outer note")
raise eg
