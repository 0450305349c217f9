"""Records CPython 3.11's interactive prompt for tests/repl/cases/NAME.in (run with python3 3.11).

Each case runs `python3 ARGS < NAME.in`, ARGS from NAME.args (a JSON list; default ["-i"]);
stdin is a pipe, so CPython writes its prompts to stderr. "<DIR>" in ARGS is the cases
directory (written back as "<DIR>" in the output); the banner's first line (it names the build)
becomes "<BANNER>". Writes NAME.out, NAME.err and NAME.exit.
"""
import glob, json, os, re, subprocess, sys

here = os.path.dirname(os.path.abspath(__file__))
cases = os.path.join(here, "cases")


def normalize(text):
    text = text.replace(cases, "<DIR>")
    return re.sub(r"^Python 3\.11\.\d+ .* on \w+\n", "<BANNER>\n", text, flags=re.M)


def args_of(name):
    p = os.path.join(cases, name + ".args")
    args = json.load(open(p)) if os.path.exists(p) else ["-i"]
    return [a.replace("<DIR>", cases) for a in args]


if __name__ == "__main__":
    only = sys.argv[1:]
    for path in sorted(glob.glob(os.path.join(cases, "*.in"))):
        name = os.path.basename(path)[:-3]
        if only and name not in only:
            continue
        with open(path, "rb") as f:
            r = subprocess.run([sys.executable, *args_of(name)], stdin=f, capture_output=True, cwd=cases)
        base = os.path.join(cases, name)
        open(base + ".out", "w", encoding="utf-8").write(normalize(r.stdout.decode()))
        open(base + ".err", "w", encoding="utf-8").write(normalize(r.stderr.decode()))
        open(base + ".exit", "w").write(f"{r.returncode}\n")
        print(name, r.returncode)
