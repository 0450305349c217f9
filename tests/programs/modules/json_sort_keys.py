import json
d = {("k%d" % ((i * 7919) % 100)): i for i in range(100)}
d["\U0001f600"] = 1; d["\uffff"] = 2; d["\ue000"] = 3; d[""] = 4
print(json.dumps(d, sort_keys=True)[:80], json.dumps(d, sort_keys=True)[-80:])
s = {"b": 1, "a": [{"z": 1, "\U0001f600": 2, "\uffff": 3, "y": {}}], "c": None}
print(json.dumps(s, sort_keys=True), json.dumps(s, sort_keys=True, ensure_ascii=False))
try: json.dumps({1: 2, "a": 3}, sort_keys=True)
except TypeError as e: print("TypeError", e)
print(json.dumps({2: 1, 1: 2, 1.5: 3}, sort_keys=True))
class D(dict): pass
print(json.dumps(D(b=1, a=2), sort_keys=True), json.dumps(D(b=1, a=2)))
print(json.loads('{"a": [1, 2.5, {"b": null}], "c": true, "d": "x\\u00e9"}', object_hook=lambda d: sorted(d)))
print(json.loads('[1, {"a": 2}]', object_pairs_hook=lambda p: p, parse_int=lambda t: t + "!"))
