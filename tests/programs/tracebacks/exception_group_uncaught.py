# fails on purpose: an uncaught ExceptionGroup prints the 3.11 grouped traceback format
def task(i):
    if i % 2:
        raise ValueError(f"task {i} failed")
    raise TypeError(f"task {i} wrong type")
errors = []
for i in range(3):
    try:
        task(i)
    except Exception as e:
        errors.append(e)
print(len(errors), "errors")
raise ExceptionGroup("several tasks failed", errors)
