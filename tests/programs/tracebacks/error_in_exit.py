# fails on purpose: an exception raised from __exit__ while another exception propagates
class Guard:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("cleanup failed")
with Guard():
    print("in body")
    raise ValueError("body failed")
