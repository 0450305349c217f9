# fails on purpose: KeyError in a chained subscript; 3.11 marks the failing subscript
config = {"server": {"host": "localhost", "port": 8080}}
def get_setting(cfg):
    return cfg["server"]["timeout"]
print(config["server"]["host"])
print(get_setting(config))
