# hashlib.py and hmac.py over the native hash modules.
import hashlib, hmac, io, warnings
print(sorted(hashlib.algorithms_guaranteed))
print(sorted(hashlib.algorithms_available))
print(hashlib.sha256(b'abc').hexdigest(), hashlib.new('sha256', b'abc').hexdigest(), hashlib.new('SHA1', b'x').hexdigest())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.new('md5', usedforsecurity=False).name)
print(hashlib.new('blake2b', b'x', digest_size=8).hexdigest(), hashlib.blake2s(b'y', key=b'k').hexdigest())
print(hashlib.new('shake_128', b'x').hexdigest(10), hashlib.sha3_256(b'x').hexdigest())
for name in sorted(hashlib.algorithms_guaranteed):
    h = hashlib.new(name, b'The quick brown fox')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest(16) if name.startswith('shake') else h.hexdigest())
for bad in ['foo', 'sha-256', '']:
    try: print(hashlib.new(bad).name)
    except Exception as e: print(type(e).__name__, e)
try: hashlib.new(1)
except Exception as e: print(type(e).__name__, e)
try: hashlib.sha256('text')
except Exception as e: print(type(e).__name__, e)
print(hashlib.file_digest(io.BytesIO(b'hello' * 100000), 'sha256').hexdigest())
print(hashlib.file_digest(io.BytesIO(b'hello'), hashlib.md5).hexdigest())
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hmac.new(b'key', b'The quick brown fox', 'sha256').hexdigest())
print(hmac.new(b'key', b'msg', hashlib.md5).hexdigest(), hmac.new(b'k' * 200, b'm', 'sha512').hexdigest())
h = hmac.new(b'key', digestmod='sha1'); h.update(b'a'); h2 = h.copy(); h2.update(b'b')
print(h.hexdigest(), h2.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.digest(b'key', b'msg', 'sha256').hex(), hmac.compare_digest(b'a', b'a'), hmac.compare_digest('a', 'b'))
for args in [(b'key', b'msg'), ('key', b'msg', 'sha256')]:
    try: hmac.new(*args)
    except Exception as e: print(type(e).__name__, e)
print(hmac.new(b'key', b'msg', 'blake2b').hexdigest()[:20], hmac.new(b'', b'', 'sha3_256').hexdigest())
for alg in ['md5', 'sha1', 'sha224', 'sha384', 'sha3_512', 'blake2s']:
    for key in [b'', b'k', b'x' * 64, b'y' * 200]:
        print(alg, len(key), hmac.new(key, b'data' * 30, alg).hexdigest())
