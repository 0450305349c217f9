if a and not b or c:
    x()
elif d:
    y()
else:
    z()
while i < 10:
    i += 1
    if i == 5:
        continue
else:
    done()
for k, v in d.items():
    if k is None:
        break
