# csv.py over _csv: reader/writer on files, DictReader/DictWriter, Dialect classes,
# register_dialect with options, Sniffer, and errors as csv.Error.
import csv
import io
import os
import tempfile

text = 'name,age,"notes"\r\nalice,30,"likes ""quotes"", commas"\r\nbob,25,"multi\nline"\r\n'
rows = list(csv.reader(io.StringIO(text, newline="")))
print(rows)
out = io.StringIO()
w = csv.writer(out)
w.writerows(rows)
print(repr(out.getvalue()), out.getvalue() == text.replace('"notes"', "notes"))

# DictReader / DictWriter
dr = csv.DictReader(io.StringIO(text, newline=""))
print(dr.fieldnames)
for row in dr:
    print(row, dr.line_num)
dr = csv.DictReader(io.StringIO("a,b\r\n1,2,3\r\n4\r\n"), restkey="rest", restval="?")
print(list(dr))
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=["x", "y"], restval="-", extrasaction="ignore")
dw.writeheader()
dw.writerow({"x": 1, "y": None, "z": 3})
dw.writerows([{"x": "a,b"}, {"y": 2.5}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=["x"]).writerow({"x": 1, "bad": 2})
except ValueError as e:
    print("ValueError", e)
try:
    csv.DictWriter(io.StringIO(), fieldnames=["x"], extrasaction="nope")
except ValueError as e:
    print("ValueError", e)


# dialect classes and registration
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


out = io.StringIO()
csv.writer(out, Semi).writerow(["a;b", "it's", "plain"])
print(repr(out.getvalue()))
print(list(csv.reader(io.StringIO(out.getvalue()), Semi)))
csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_ALL)
print("pipes" in csv.list_dialects())
d = csv.get_dialect("pipes")
print(d.delimiter, d.quoting, d.quotechar, d.doublequote, repr(d.lineterminator))
out = io.StringIO()
csv.writer(out, "pipes").writerow([1, "x", None])
print(repr(out.getvalue()))
csv.register_dialect("semi", Semi, strict=True)
print(csv.get_dialect("semi").strict, csv.get_dialect("semi").delimiter)
csv.unregister_dialect("pipes")
try:
    csv.get_dialect("pipes")
except csv.Error as e:
    print("Error", e)
try:
    csv.unregister_dialect("pipes")
except csv.Error as e:
    print("Error", e)


class BadDialect(csv.Dialect):
    delimiter = "::"
    quotechar = '"'
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


try:
    BadDialect()
except csv.Error as e:
    print("Error", e)
try:
    csv.Dialect()
except csv.Error as e:
    print("Error", e)
for kw in [{"delimiter": 4}, {"quoting": 9}, {"quotechar": None, "quoting": csv.QUOTE_ALL}, {"lineterminator": None},
           {"escapechar": "ab"}]:
    try:
        csv.writer(io.StringIO(), **kw)
    except TypeError as e:
        print("TypeError", e)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.unix_dialect.quoting)

# options through reader/writer keywords
print(list(csv.reader(["a|'b|c'|d"], delimiter="|", quotechar="'")))
print(list(csv.reader(['1, 2, "x"'], skipinitialspace=True, quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\", quoting=csv.QUOTE_NONE)))
out = io.StringIO()
csv.writer(out, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n").writerow(["s", 1, 2.0, True, None])
print(repr(out.getvalue()))
try:
    list(csv.reader(['"a"x'], strict=True))
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(['a\nb']))
except csv.Error as e:
    print("Error", e)

# files
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "t.csv")
    with open(path, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["h1", "h2"])
        w.writerows([[i, i * i] for i in range(5)])
    with open(path, newline="") as f:
        print(list(csv.reader(f)))
    with open(path, "rb") as f:
        print(f.read()[:20])

# Sniffer
sn = csv.Sniffer()
sample = "a;b;c\n1;2;3\n4;5;6\n"
dia = sn.sniff(sample)
print(dia.delimiter, sn.has_header(sample), sn.has_header("name;age\nbob;3\nal;40\n"))
print(sn.sniff('"x","y"\n"1","2"\n').quotechar)
try:
    sn.sniff("")
except csv.Error as e:
    print("Error", e)

# field_size_limit
old = csv.field_size_limit(5)
try:
    list(csv.reader(["123456"]))
except csv.Error as e:
    print("Error", e)
print(csv.field_size_limit(old), csv.field_size_limit())
