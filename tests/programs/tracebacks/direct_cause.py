# fails on purpose: raise ... from ... ("The above exception was the direct cause...")
class ConfigError(Exception):
    pass
def read_port(text):
    try:
        return int(text)
    except ValueError as exc:
        raise ConfigError(f"bad port {text!r}") from exc
print(read_port("8080"))
print(read_port("eighty"))
