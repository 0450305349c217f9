# fails on purpose: carets on a line that contains non-ASCII characters before the failing expression
données = {"clé": 1}
def lire(d):
    return "préfixe→" + d["clé"] + "—fin"
print(lire(données))
