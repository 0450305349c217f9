# fails on purpose: an error inside exec'd code shows a File "<string>" frame without source line
code = """
def inner():
    return undefined_thing
inner()
"""
print("running exec")
exec(code)
