# Pseudo-random numbers through many format specs (ints and floats): exact formatting output
state = 7
def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1) % (2 ** 64)
    return (state >> 33) % n
specs_i = ["d", "+d", ",d", "_x", "#o", "#b", "08d", "^12,", "<10_", "e", ".3f", "%", "n"]
specs_f = ["", "f", ".2f", ".0f", "e", ".3e", "g", ".4g", "%", ",.3f", "+.1f", "12.5g", "#.3g", ".10f", "z.2f"]
for _ in range(20):
    n = rnd(10 ** (rnd(15) + 1)) - rnd(10 ** 6)
    print(n, " ".join(format(n, s) for s in specs_i))
for _ in range(30):
    x = (rnd(10 ** 9) - 5 * 10 ** 8) / (10 ** rnd(12))
    print(repr(x), " ".join(format(x, s) for s in specs_f))
