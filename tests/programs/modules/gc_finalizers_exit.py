# Objects still alive when the program ends are finalized after the atexit functions, once
# (an object finalized earlier is not finalized again).
import atexit
import io


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("finalized", self.name)


class Holder:
    def __init__(self):
        self.buf = io.BytesIO()

    def __del__(self):
        # A TextIOWrapper made during finalization at exit works.
        t = io.TextIOWrapper(self.buf, encoding="utf-8")
        t.write("text")
        t.flush()
        print("holder wrote", self.buf.getvalue())
        t.detach()


atexit.register(lambda: print("atexit runs first"))
first = Noisy("first")
early = Noisy("early")
early.__del__()
holder = Holder()
print("end of program")
