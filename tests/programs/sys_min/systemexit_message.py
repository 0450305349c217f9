# fails on purpose: raise SystemExit("msg") prints the message to stderr and exits with status 1
print("about to exit with a message")
raise SystemExit("fatal: configuration missing")
