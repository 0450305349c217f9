import _md5,_sha1,_sha256,_sha512,_sha3,_blake2
ctors = [_md5.md5,_sha1.sha1,_sha256.sha224,_sha256.sha256,_sha512.sha384,_sha512.sha512,_sha3.sha3_224,_sha3.sha3_256,_sha3.sha3_384,_sha3.sha3_512,_blake2.blake2b,_blake2.blake2s]
inputs = [b'', b'a', b'abc', b'x'*55, b'x'*56, b'x'*63, b'x'*64, b'x'*65, b'y'*127, b'y'*128, b'y'*129, b'z'*1000, bytes(range(256))*5]
for c in ctors:
    for d in inputs:
        print(c(d).hexdigest())
    h = c()
    for d in inputs: h.update(d)
    h2 = h.copy(); h2.update(b'more')
    print(h.hexdigest(), h2.hexdigest(), h.digest()[:4])
for c in (_sha3.shake_128, _sha3.shake_256):
    for d in inputs:
        print(c(d).hexdigest(1), c(d).hexdigest(200))
for kw in [dict(digest_size=1), dict(digest_size=20), dict(key=b'k'), dict(key=b'k'*64), dict(salt=b'salt'), dict(person=b'me'),
           dict(fanout=0, depth=255, leaf_size=2**32-1, node_offset=2**40+3, node_depth=7, inner_size=9, last_node=True),
           dict(key=b'secret', salt=b's'*8, person=b'p'*8, digest_size=17)]:
    for d in (b'', b'abc', b'q'*300):
        kb = dict(kw); ks = dict(kw)
        if len(ks.get('key', b'')) > 32: ks['key'] = ks['key'][:32]
        print(_blake2.blake2b(d, **kb).hexdigest(), _blake2.blake2s(d, **ks).hexdigest())
