# re: lookarounds, backreferences, conditionals, atomic groups, possessive and lazy repeats,
# group capture across backtracking, compile errors.
import re

def t(pat, s, flags=0):
    try:
        p = re.compile(pat, flags)
        m = p.search(s)
        print(repr(pat), repr(s), m and (m.span(), m.groups(), m.lastindex), p.findall(s))
    except re.error as e:
        print(repr(pat), "error", e, e.pos)
    except Exception as e:
        print(repr(pat), type(e).__name__, e)

# lookarounds
for pat, s in [(r"foo(?=bar)", "foobaz foobar"), (r"foo(?!bar)", "foobar foobaz"), (r"(?<=\$)\d+", "cost $42 or 7"),
               (r"(?<!\$)\b\d+", "cost $42 or 7"), (r"(?<=a|b)c", "ac bc cc"), (r"(?<=(a))b", "ab"),
               (r"(?=(\w+))\w", "abc"), (r"(?!(a))\w", "ab"), (r"(?<=^|,)\w+", "a,bc,d"), (r"\w+(?=,|$)", "a,bc,d"),
               (r"(?<=ab)(?=cd)", "abcd"), (r"(?<!^)x", "xax"), (r"(?=a)*", "a"), (r"(?<=\d{3})x", "12x 123x"),
               (r"q(?=u)(?!ui)", "quit queen"), (r"(?<=(?P<p>.))b", "abcb"), (r"(?<=a(?=b))b", "ab"),
               (r"(?<=\bfoo)bar", "foobar xfoobar"), (r"(a)(?<=(a))", "a"), (r"(?!)", "abc"), (r"(?=)", "ab")]:
    t(pat, s)
t(r"(?<=a+)b", "ab")
t(r"(?<=a|bc)d", "ad")
# backreferences
for pat, s in [(r"(\w)\1", "hello"), (r"(\w+) \1", "the the cat"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"yo\""),
               (r"(a)|\1", "x"), (r"(a)?\1", "aa"), (r"(a*)\1", "aaaa"), (r"(a|b)\1+", "abbbba"), (r"(\d)(\d)\2\1", "1221 1234"),
               (r"^(a+)\1$", "aaaa"), (r"^(a+)\1$", "aaa"), (r"(?i)(ab)\1", "abAB"), (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj")]:
    t(pat, s)
t(r"\1(a)", "aa")
t(r"(a)\2", "aa")
# conditionals
for pat, s in [(r"(<)?\w+(?(1)>)", "<a> b <c"), (r"(?P<q>\()?\d+(?(q)\))", "(1) 2 (3"), (r"(a)?(?(1)b|c)", "ab c b"),
               (r"^(?:(a)|b)(?(1)x|y)$", "ax"), (r"^(?:(a)|b)(?(1)x|y)$", "by"), (r"^(?:(a)|b)(?(1)x|y)$", "ay"),
               (r"(a)?(?(1)|z)", "z")]:
    t(pat, s)
t(r"(?(2)a|b)", "a")
t(r"(?(x)a|b)", "a")
# atomic and possessive
for pat, s in [(r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaaa"), (r"(?>a|ab)c", "abc"), (r"(?:a|ab)c", "abc"),
               (r"a*+a", "aaa"), (r"a++b", "aab"), (r"a?+a", "a"), (r"a{1,2}+a", "aaa"), (r"(?:ab)++c", "ababc"),
               (r"(?:ab)*+ab", "abab"), (r"(?:a|b)*+b", "aab"), (r"(x|xy)++z", "xyxyz"), (r"(a)*+", "aaa"),
               (r"[ab]*+c", "abac"), (r"\d++\.", "123."), (r"(?>(a+))b", "aab"), (r"(?>x*)+y", "xxxxy"),
               (r"((?>a*))*b", "aab"), (r"(?:a*+)*b", "aab"), (r"(?:(a)|b)*+c", "abc"), (r"(?:(a)|(b))++", "ab")]:
    t(pat, s)
# greedy vs lazy
for pat, s in [(r"<.+>", "<a><b>"), (r"<.+?>", "<a><b>"), (r"a{2,4}", "aaaaa"), (r"a{2,4}?", "aaaaa"),
               (r"(a+?)(a*)", "aaa"), (r"(a*?)b", "aab"), (r"(.*?),(.*)", "a,b,c"), (r"(.*),(.*)", "a,b,c"),
               (r"(?:a|b)*?b", "aabab"), (r"(ab)*?c", "ababc"), (r"(a+|b+)*?c", "abc"), (r"x(?:yz)??y", "xyzy"),
               (r"(a{2})*?a", "aaaaa"), (r"(?:(a)|b)*?c", "abac")]:
    t(pat, s)
# captures across iterations and backtracking
for pat, s in [(r"(a|b)*", "abab"), (r"(?:(a)|(b))*", "abab"), (r"(?:(a)|(b))*c", "abac"), (r"((a)|(b))*", "ba"),
               (r"(a)*", "aaa"), (r"(a*)*", "aa"), (r"(a*)+", "aab"), (r"(a|)*b", "aab"), (r"(?:(a)b|ac)*", "abac"),
               (r"(?:x(y)?)*", "xyx"), (r"((x)|y)+z", "xyz"), (r"(a(b)?)+", "aba"), (r"(?:(a)|b)+(?(1)x|y)", "aby"),
               (r"(?:(\d)|-)*", "1-2-"), (r"^(?:(a)|(a)b)*$", "aab"), (r"(a)|b", "b"), (r"(?:(a)|b)c", "bc"),
               (r"(a)(?:b|(c))*d", "abcbd"), (r"(()|a)+b", "aab"), (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"(?:()|a)*b", "ab")]:
    t(pat, s)
# repeats with bounds and empty bodies
for pat, s in [(r"(?:a|)*", "aa"), (r"(?:a|){3}", "a"), (r"(?:a?){2,3}b", "ab"), (r"(?:)*", "x"), (r"(|a)+", "aa"),
               (r"(a?)+?b", "aab"), (r"(?:a{0})*b", "b"), (r"(?:ab){2}", "ababab"), (r"(?:ab){2,}?", "ababab"),
               (r"(a{1,2}){2}", "aaaa"), (r"(a{1,2}?){2}", "aaaa"), (r"((?:a|b){2}){2}", "abba"), (r"x{0}y", "xy"),
               (r"(?:x*)*y", "xxy"), (r"(?:x*?)*?y", "xxy"), (r"(?:(?:a*)*)*b", "aab")]:
    t(pat, s)
# compile errors (messages and positions come from the parser)
for pat in ["(", ")", "[a", "a**", "a{2,1}", "(?P<1>a)", "(?P<a>a)(?P<a>b)", "(?<=a*)b", "\\", "(?z)", "[z-a]",
            "(?P=x)", "a{,}", "(?#unterminated", "\\p", "x{99999999999}", "(?i", "(?<!a+)b",
            "(?P<a-b>x)", "(?(1a)x)", "*a", "a|*"]:
    t(pat, "x")
