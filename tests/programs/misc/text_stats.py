# Word frequency and text statistics without sets of strings in output order (dicts keep insertion order)
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(len(words), len(freq))
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print(top)
print(max(freq, key=lambda w: (len(w), w)), min(words, key=len))
lengths = {}
for w in freq:
    lengths.setdefault(len(w), []).append(w)
for k in sorted(lengths):
    print(k, sorted(lengths[k]))
letters = {}
for ch in text.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("".join(sorted(letters, key=lambda c: (-letters[c], c)))[:10])
print(sum(letters.values()), round(sum(len(w) for w in words) / len(words), 3))
lines = text.splitlines()
print([len(l) for l in lines], [l.count("was") for l in lines])
print(" ".join(w.capitalize() for w in words[:6]))
print(text.title()[:40])
