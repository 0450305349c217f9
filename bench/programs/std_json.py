"""std_json (stdlib): json.dumps and json.loads round trips of generated nested
documents, with sort_keys, indent, separators and non-ASCII text.

Measures: the json module (its scanner and encoder; on CPython the C
accelerator), string escaping, dict and list construction.
Size: number of documents.
"""
import json
import sys
from _harness import main


def make_document(i):
    return {
        "id": i,
        "name": "user-%05d" % i,
        "active": i % 3 != 0,
        "score": (i * 7919 % 10007) / 8.0,
        "tags": ["t%d" % (i % k) for k in range(2, 7)],
        "profile": {
            "city": ["Zürich", "Kraków", "東京", "São Paulo", "Oslo"][i % 5],
            "quote": 'He said "hi"\n\ttab\\slash',
            "history": [{"year": 2000 + k, "value": i * k % 97} for k in range(i % 6)],
            "nothing": None,
        },
    }


def bench(count):
    docs = [make_document(i) for i in range(count)]
    compact = json.dumps(docs, separators=(",", ":"), sort_keys=True)
    pretty = json.dumps(docs, indent=2, ensure_ascii=False)
    back = json.loads(compact)
    again = json.loads(pretty)
    if back != docs or again != docs:
        raise AssertionError("json round trip changed the data")
    small = 0
    for doc in docs:
        text = json.dumps(doc)
        small += len(text)
        small += len(json.loads(text)["tags"])
    return "std_json count=%d compact=%d pretty=%d small=%d" % (count, len(compact), len(pretty), small)


if __name__ == "__main__":
    main(bench, 18000)
