# fails on purpose: an exception whose message spans several lines, from a custom subclass in a user module namespace
class ReportError(Exception):
    pass
lines = ["line one", "line two", "line three"]
raise ReportError("\n".join(lines))
