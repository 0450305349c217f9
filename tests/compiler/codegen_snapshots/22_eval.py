# mode: eval
[a if b else c for a in d] or -1
