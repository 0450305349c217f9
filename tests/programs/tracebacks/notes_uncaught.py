# fails on purpose: notes added with add_note() are printed after the exception message
def validate(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note(f"record: {record!r}")
        err.add_note("hint: every record needs an id")
        raise err
validate({"id": 1})
validate({"name": "x"})
