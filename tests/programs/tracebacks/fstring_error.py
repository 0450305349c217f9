# fails on purpose: an error raised while evaluating an expression inside an f-string
def label(item):
    return f"{item['name']}: {item['price'] * item['qty']:.2f}"
print(label({"name": "pen", "price": 1.5, "qty": 2}))
print(label({"name": "ink", "price": 2.0, "qty": None}))
