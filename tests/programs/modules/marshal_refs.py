# marshal versions 3 and 4 write shared and self-containing values once (FLAG_REF); buffers as bytes;
# TYPE_INT64; malformed data and nesting limits.
import marshal, array
f = 1.2345
t = (f, f)
b = marshal.dumps(t)
r = marshal.loads(b)
print(r, r[0] is r[1], len(b), len(marshal.dumps(t, 2)))
l = [f, f]; l.append(l)
r = marshal.loads(marshal.dumps(l))
print(r[0], r[2] is r, r[0] is r[1])
d = {"hello": f, "goodbye": f, f: "hello"}; d["self"] = d
r = marshal.loads(marshal.dumps(d))
print(r["self"] is r, r["hello"] is r["goodbye"])
try:
    marshal.dumps(l, 2)
except ValueError as e:
    print("ValueError", e)
print(marshal.dumps(array.array('b', [1, 2, 3])), marshal.dumps(memoryview(b"abc")), marshal.dumps(bytearray(b"x")))
print(marshal.loads(b'I\xff\xff\xff\xff\xff\xff\xff\x7f'), marshal.loads(b'I\x00\x00\x00\x00\x00\x00\x00\x80'))
try:
    marshal.loads(b'l\x02\x00\x00\x00\x00\x00\x00\x00')
except ValueError as e:
    print("ValueError", e)
try:
    marshal.loads(b')\x01' * 5000 + b'N')
except ValueError as e:
    print("ValueError", e)
s = ("abc", "abc", (1, 2), [])
print(marshal.loads(marshal.dumps(s)), marshal.loads(marshal.dumps(s, 0)))
x = [1, 2]
print(marshal.loads(marshal.dumps([x, x, x], 3)))
