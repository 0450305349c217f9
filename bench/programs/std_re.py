"""std_re (stdlib): regular expressions over a generated log - findall,
finditer with groups, sub with a function, split, match/fullmatch and
a few backtracking-heavy patterns.

Measures: the re module (compiled patterns, the matching engine), group
extraction, string building from matches.
Size: number of log lines.
"""
import re
import sys
from _harness import main

LINE = re.compile(
    r"^(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>\d{2}:\d{2}:\d{2}) "
    r"\[(?P<level>[A-Z]+)\] (?P<user>[\w.]+)@(?P<host>[\w-]+(?:\.[\w-]+)+): (?P<msg>.*)$")
NUMBER = re.compile(r"-?\b\d+(?:\.\d+)?\b")
WORD = re.compile(r"[A-Za-z]+")
QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
HEX = re.compile(r"0x[0-9a-fA-F]+")
SPLIT = re.compile(r"[,;]\s*")
VALID_ID = re.compile(r"[a-z][a-z0-9_]{2,15}")


def make_log(count):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    hosts = ["alpha.example.com", "beta-2.example.org", "gamma.internal.net"]
    lines = []
    for i in range(count):
        lines.append('2023-%02d-%02d %02d:%02d:%02d [%s] user.%d@%s: request "GET /item/%d?q=\\"x%d\\"" '
                     "took %d.%03d ms, code 0x%x; size %d, retries -%d" % (
                         i % 12 + 1, i % 28 + 1, i % 24, i % 60, i * 7 % 60, levels[i % 4], i % 97,
                         hosts[i % 3], i, i % 13, i % 500, i * 37 % 1000, i * 31 % 65536, i * 13 % 9000,
                         i % 4))
    return lines


def bench(count):
    lines = make_log(count)
    levels = {}
    hosts = {}
    numbers = 0
    words = 0
    quoted = 0
    for line in lines:
        m = LINE.match(line)
        if m is None:
            raise AssertionError("no match: " + line)
        levels[m.group("level")] = levels.get(m.group("level"), 0) + 1
        host = m.group("host")
        hosts[host] = hosts.get(host, 0) + 1
        for n in NUMBER.findall(m.group("msg")):
            numbers += len(n)
        words += sum(1 for _ in WORD.finditer(line))
        q = QUOTED.search(line)
        quoted += len(q.group(1))
    text = "\n".join(lines)
    hexed = HEX.sub(lambda m: str(int(m.group(0), 16)), text)
    parts = sum(len(SPLIT.split(line)) for line in lines[::3])
    ids = sum(1 for w in text[:200000].split() if VALID_ID.fullmatch(w))
    redacted = re.sub(r"user\.(\d+)", r"<\1>", text, count=count // 2)
    return "std_re count=%d levels=%s hosts=%d numbers=%d words=%d quoted=%d hexed=%d parts=%d ids=%d redacted=%d" % (
        count, sorted(levels.items()), len(hosts), numbers, words, quoted, len(hexed), parts, ids, len(redacted))


if __name__ == "__main__":
    main(bench, 110000)
