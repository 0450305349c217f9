# helper: raises while being imported
VALUE_BEFORE = 1
raise RuntimeError("module init failed")
