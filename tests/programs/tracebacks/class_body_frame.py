# fails on purpose: an error raised while executing a class body shows the class name as the frame
def make_default():
    return {}["missing"]
class Settings:
    name = "settings"
    default = make_default()
