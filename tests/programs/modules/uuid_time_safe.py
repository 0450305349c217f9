import uuid, _uuid
print(_uuid.has_uuid_generate_time_safe)
raw, safe = _uuid.generate_time_safe()
print(type(raw).__name__, len(raw), safe in (-1, 0, None))
u = uuid.uuid1()
print(u.version, u.variant, type(u.is_safe).__name__, len(u.bytes))
a, b = uuid.uuid1(), uuid.uuid1()
print(a != b, a.node == b.node, a.clock_seq == b.clock_seq, a.time < b.time)
print(uuid.getnode() == a.node, 0 <= a.node < 2 ** 48)
print(uuid.UUID(bytes=raw).version)
try:
    _uuid.generate_time_safe(1)
except TypeError as e:
    print(type(e).__name__, e)
