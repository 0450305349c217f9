#!/usr/bin/env python3
"""Record the expected output of every test program from CPython 3.11.

Usage (from anywhere):
    python3 tests/programs/record.py                 # (re)write <name>.out/.err/.exit
    python3 tests/programs/record.py --only strings/ # only programs whose path contains this
    python3 tests/programs/record.py --check         # compare with the recorded files, write nothing
    python3 tests/programs/record.py --check --hashseed 123
                                                     # same, with another PYTHONHASHSEED
                                                     # (stdout, stderr and exit status must not change)
    python3 tests/programs/record.py --python /path/to/python3.11

See README.md in this folder for the file format.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAIL_MARKER = "# fails on purpose"


def programs(only=None):
    out = []
    for root, dirs, files in os.walk(HERE):
        dirs[:] = sorted(d for d in dirs if not d.startswith(("_", ".")))
        if root == HERE:
            continue  # record.py and friends live at the top level, programs in area folders
        for f in sorted(files):
            if not f.endswith(".py") or f.startswith("_"):
                continue  # helper modules start with "_"
            path = os.path.join(root, f)
            rel = os.path.relpath(path, HERE).replace(os.sep, "/")
            if only and only not in rel:
                continue
            out.append((rel, path))
    return out


def run(python, path, hashseed, timeout=30):
    d, name = os.path.split(path)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "PYTHONHASHSEED": str(hashseed),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    try:
        p = subprocess.run([python, name], cwd=d, env=env, stdin=subprocess.DEVNULL,
                           capture_output=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    out = p.stdout.decode("utf-8", "surrogateescape").replace(d, "<DIR>")
    err = p.stderr.decode("utf-8", "surrogateescape").replace(d, "<DIR>")
    return out, err, p.returncode


def read(path):
    try:
        with open(path, encoding="utf-8", errors="surrogateescape", newline="") as f:
            return f.read()
    except FileNotFoundError:
        return None


def write(path, text):
    with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as f:
        f.write(text)


def main():
    args = sys.argv[1:]
    only = None
    check = False
    hashseed = 0
    python = "python3"
    while args:
        a = args.pop(0)
        if a == "--only":
            only = args.pop(0)
        elif a == "--check":
            check = True
        elif a == "--hashseed":
            hashseed = int(args.pop(0))
        elif a == "--python":
            python = args.pop(0)
        else:
            sys.exit("usage: record.py [--only SUBSTR] [--check] [--hashseed N] [--python CMD]")
    v = subprocess.run([python, "-c", "import sys; print(sys.version_info[:2])"],
                       capture_output=True, text=True).stdout.strip()
    if v != "(3, 11)":
        sys.exit(f"record.py: {python} is not CPython 3.11 (version_info[:2] = {v})")

    progs = programs(only)
    if not only:
        known = {p[:-3] for _, p in progs}
        for root, dirs, files in os.walk(HERE):
            for f in files:
                stem, ext = os.path.splitext(os.path.join(root, f))
                if ext in (".out", ".err", ".exit") and stem not in known:
                    print(f"ORPHAN {os.path.relpath(stem + ext, HERE)} (no program; delete it)")
    problems = 0
    failing = 0
    for rel, path in progs:
        base = path[:-3]
        r = run(python, path, hashseed)
        if r is None:
            print(f"TIMEOUT {rel}")
            problems += 1
            continue
        out, err, code = r
        with open(path, encoding="utf-8") as f:
            marked = FAIL_MARKER in f.read()
        if code != 0 or err:
            failing += 1
            if not marked:
                print(f"UNMARKED FAILURE {rel}: exit {code}, stderr: {err.strip()[-300:]}")
                problems += 1
        elif marked:
            print(f"MARKED BUT PASSES {rel}")
            problems += 1
        if check:
            exp_out = read(base + ".out")
            exp_err = read(base + ".err") or ""
            e = read(base + ".exit")
            exp_code = int(e) if e else 0
            if (exp_out, exp_err, exp_code) != (out, err, code):
                what = [n for n, a, b in (("stdout", exp_out, out), ("stderr", exp_err, err),
                                          ("exit", exp_code, code)) if a != b]
                print(f"DIFFERS {rel}: {', '.join(what)}")
                problems += 1
        else:
            write(base + ".out", out)
            for ext, text in ((".err", err), (".exit", f"{code}\n" if code else "")):
                if text:
                    write(base + ext, text)
                elif os.path.exists(base + ext):
                    os.remove(base + ext)
    print(f"record.py: {len(progs)} programs ({failing} fail on purpose), "
          f"{problems} problems{' (check mode)' if check else ''}")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
