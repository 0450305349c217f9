# Non-ASCII identifiers, NFKC normalization of identifiers, and attribute names
café = "coffee"
naïve = 1
π = 3.14159
Σ = sum([1, 2, 3])
print(café, naïve, π, Σ)
ﬁle = "ligature normalized"
print(file)
ℌ = "script H"
print(H)
class Ünïcode:
    ñame = "class attr"
    def métode(self):
        return self.ñame
print(Ünïcode().métode(), Ünïcode.__name__, hasattr(Ünïcode, "ñame"))
def függvény(ärg=1):
    return ärg * 2
print(függvény(21), függvény.__name__, függvény.__code__.co_varnames)
print("café" in globals(), "ﬁle" in globals(), "file" in globals())
變數 = [1, 2]
print(變數, "變數".isidentifier(), "1變數".isidentifier())
setattr(Ünïcode, "ﬁeld", 5)
print(getattr(Ünïcode, "ﬁeld"), hasattr(Ünïcode, "field"))
