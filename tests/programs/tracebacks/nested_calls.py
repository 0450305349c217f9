# fails on purpose: a traceback through several functions, with 3.11 position markers
def parse(text):
    return int(text)
def load(items):
    return [parse(x) for x in items]
def main():
    data = ["1", "2", "three"]
    total = sum(load(data))
    print(total)
print("starting")
main()
