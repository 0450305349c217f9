# str() and repr() of exceptions with 0, 1, many args, non-string args, and special cases (KeyError, OSError)
cases = [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None), ValueError(("t",)), ValueError([1, 2]),
         KeyError(), KeyError("k"), KeyError(1), KeyError("a", "b"), KeyError(""), IndexError(-1),
         OSError(), OSError("only message"), OSError(2, "strerror"), OSError(2, "strerror", "fname"),
         UnicodeDecodeError("ascii", b"\xff", 0, 1, "ordinal not in range(128)"), StopIteration(5), SystemExit(2),
         Exception("x", 1, None), BaseException(), AssertionError("assert msg"), SyntaxError("bad syntax"),
         NameError("name 'x' is not defined"), ZeroDivisionError("division by zero")]
for e in cases:
    print(type(e).__name__, "| str:", repr(str(e)), "| repr:", repr(e), "| args:", e.args)
