# fails on purpose: an exception in finally replaces the original one (shown as context)
def work():
    try:
        raise ValueError("original problem")
    finally:
        cleanup()
def cleanup():
    raise OSError("cleanup problem")
work()
