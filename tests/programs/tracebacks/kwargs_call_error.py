# fails on purpose: TypeError for an unexpected keyword argument in a call spanning lines
def connect(host, port=80, *, timeout=10):
    return f"{host}:{port} ({timeout}s)"
print(connect("example.org", timeout=5))
conn = connect(
    "example.org",
    port=8080,
    retries=3,
)
