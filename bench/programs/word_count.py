"""word_count: generate a pseudo-random text from a made-up vocabulary, then
count words and word pairs, and rank them.

Measures: str.split, lower, strip, dict get/set with string and tuple keys,
sorting with a key function, string joins.
Size: number of words in the text.
"""
import sys
from _harness import main

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el",
             "or", "ul", "ve", "za", "qu", "th", "sh", "ch", "io", "ae"]
PUNCTUATION = ["", "", "", "", ",", ".", ";", "!", "?", ""]


def vocabulary(size):
    words = []
    for i in range(size):
        word = ""
        n = i
        while True:
            word += SYLLABLES[n % len(SYLLABLES)]
            n //= len(SYLLABLES)
            if n == 0:
                break
        words.append(word)
    return words


def generate(count, words):
    # Product of two uniform draws: small indices (common words) dominate, a
    # rough Zipf-like distribution.
    seed = 2024
    out = []
    limit = len(words)
    for i in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        a = seed % limit
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        b = seed % limit
        word = words[a * b // limit]
        if seed % 17 == 0:
            word = word.capitalize()
        out.append(word + PUNCTUATION[(seed >> 4) % len(PUNCTUATION)])
    return " ".join(out)


def count_words(text):
    counts = {}
    pairs = {}
    previous = None
    for token in text.split():
        word = token.strip(",.;!?").lower()
        counts[word] = counts.get(word, 0) + 1
        if previous is not None:
            key = (previous, word)
            pairs[key] = pairs.get(key, 0) + 1
        previous = word
    return counts, pairs


def top(table, k):
    return sorted(table.items(), key=lambda item: (-item[1], item[0]))[:k]


def bench(n):
    words = vocabulary(5000)
    text = generate(n, words)
    counts, pairs = count_words(text)
    singletons = sum(1 for c in counts.values() if c == 1)
    longest = max(counts, key=lambda w: (len(w), w))
    by_length = {}
    for word, c in counts.items():
        by_length[len(word)] = by_length.get(len(word), 0) + c
    best = " ".join("%s:%d" % item for item in top(counts, 5))
    best_pair = " ".join("%s+%s:%d" % (a, b, c) for (a, b), c in top(pairs, 3))
    return "word_count n=%d distinct=%d pairs=%d singletons=%d longest=%s lengths=%s top=[%s] pairs_top=[%s]" % (
        n, len(counts), len(pairs), singletons, longest, sorted(by_length.items()), best, best_pair)


if __name__ == "__main__":
    main(bench, 400000)
