# fails on purpose: SystemExit with a non-int, non-None code prints the code's str() to stderr and exits 1
print("exit with a list as code")
raise SystemExit([1, 2, 3])
