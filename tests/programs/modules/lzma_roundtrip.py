# lzma.compress / LZMACompressor round trips (the compressed bytes are not printed: only liblzma
# makes liblzma's exact bytes), every container and check, LZMAFile / lzma.open with text mode,
# tarfile "w:xz", zipfile ZIP_LZMA, the filter property helpers and the compressor's errors.
import base64
import io
import lzma
import os
import random
import tarfile
import tempfile
import zipfile
from lzma import LZMACompressor, LZMAError

rng = random.Random(99)
samples = {
    "empty": b"",
    "one": b"z",
    "text": b"".join(b"%d little pigs went to market\n" % i for i in range(4000)),
    "random": rng.randbytes(40000),
    "zeros": bytes(300000),
    "1 MB repetitive": b"Lorem ipsum dolor sit amet, consectetur adipiscing.\n" * 20000,
}
for name, data in samples.items():
    xz = lzma.compress(data)
    alone = lzma.compress(data, format=lzma.FORMAT_ALONE)
    raw = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2, "preset": 1}])
    print(name, len(data), xz[:6], alone[:1], lzma.decompress(xz) == data, lzma.decompress(alone) == data,
          lzma.decompress(raw, lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA2}]) == data,
          len(xz) < len(data) + 100)
print(lzma.compress(b""))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(samples["text"], check=check)
    d = lzma.LZMADecompressor()
    print(check, c[6:8], d.decompress(c) == samples["text"], d.check)
for preset in (0, 3, 9, 6 | lzma.PRESET_EXTREME):
    print(preset, lzma.decompress(lzma.compress(samples["text"], preset=preset)) == samples["text"])
chain = [{"id": lzma.FILTER_DELTA, "dist": 2}, {"id": lzma.FILTER_LZMA2, "preset": 2, "lc": 1, "lp": 1, "pb": 0}]
data = bytes(i * 3 & 0xff for i in range(50000))
print(lzma.decompress(lzma.compress(data, filters=chain)) == data)
lz1 = [{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16}]
print(lzma.decompress(lzma.compress(data, lzma.FORMAT_RAW, filters=lz1), lzma.FORMAT_RAW, filters=lz1) == data)

# Incremental.
comp = LZMACompressor()
out = [comp.compress(samples["text"][i:i + 7000]) for i in range(0, len(samples["text"]), 7000)]
out.append(comp.flush())
print(lzma.decompress(b"".join(out)) == samples["text"])
for call in (comp.flush, lambda: comp.compress(b"x")):
    try:
        call()
    except ValueError as e:
        print("ValueError", e)
for kw in [dict(format=lzma.FORMAT_AUTO), dict(format=lzma.FORMAT_ALONE, check=lzma.CHECK_CRC32),
           dict(preset=1, filters=[]), dict(format=lzma.FORMAT_RAW), dict(preset=99), dict(check=5),
           dict(format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA2}]), dict(filters=[{"x": 1}]),
           dict(filters=[{"id": 98765}]), dict(filters=[{"id": lzma.FILTER_LZMA2, "foo": 0}]),
           dict(filters=[{"id": lzma.FILTER_DELTA, "foo": 0}]), dict(filters=3), dict(check="")]:
    try:
        LZMACompressor(**kw)
        print("ok", kw)
    except (ValueError, TypeError, LZMAError) as e:
        print(type(e).__name__, e)
comp = LZMACompressor()
for args in [(), (b"a", b"b")]:
    try:
        comp.compress(*args)
    except TypeError as e:
        print("TypeError", e)

# Filter properties.
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA1, "pb": 2, "lp": 0, "lc": 3, "dict_size": 8 << 20}))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA1, b"]\x00\x00\x80\x00"))
print(lzma._decode_filter_properties(lzma.FILTER_LZMA2, b"\x16"), lzma._decode_filter_properties(lzma.FILTER_DELTA, b"\x01"))
print(lzma._encode_filter_properties({"id": lzma.FILTER_LZMA2, "preset": 6}), lzma._encode_filter_properties({"id": lzma.FILTER_DELTA}))
for bad in [lambda: lzma._encode_filter_properties({"id": 0x100}), lambda: lzma._decode_filter_properties(lzma.FILTER_DELTA, b"too long")]:
    try:
        bad()
    except (ValueError, LZMAError) as e:
        print(type(e).__name__, e)
print(lzma.is_check_supported(lzma.CHECK_CRC64), lzma.is_check_supported(lzma.CHECK_ID_MAX + 1), lzma.is_check_supported(lzma.CHECK_UNKNOWN))

# The x86 branch converter: a stream made by liblzma, and round trips.
rng = random.Random(5)
code = bytearray()
for i in range(3000):
    code += bytes([rng.choice([0x55, 0x89, 0xe8, 0xe9, 0x48, 0xc3])])
    if code[-1] in (0xe8, 0xe9):
        code += rng.randbytes(3) + bytes([rng.choice([0, 0xff, 0x12])])
code = bytes(code)
X86 = [{"id": lzma.FILTER_X86, "start_offset": 0x100}, {"id": lzma.FILTER_LZMA2, "preset": 1}]
PACKED = base64.b64decode("4BtrFgxdACQ6FM5l+f9dsTi/AXgm6m+27ONbk80G8+zR+UKeQbKEvEbedIoSNfILXJoQ9SuDo/FkH5juZNLRRfk+ukMOh/G1i6w6fP/fy/9D+Ap9FwsgSSQXzFPPa1yegdfKS/O2fccblLu072fBJFkkKxfWE5vaJKL+UG5kvpjR3fCgS639ghybazbqsUCuC65XISodulEfGyb2WRusiBOzkoo9/llXBqMBOo3P0hAnEiwiqvf6f6g3V+Fdbqr3obyh3DUTGWWKbEz3iR1vfCiwnX66vpIpLxpGVI07oQqf76MxEmSS1TEtCqXxNs1sRlyYML13spKxhALmga6LbDH4fwVNGuwLNFlN2aaVSdGlexkxPt869r2RAQFCmPIf9MZsxNSB8S6izEJNDbhyQeZboK7tVnVFnRbo23PYr0NxrQOukybU/0rd/YdNpb7nyp7eqXdbZjeDNVYlffXUs+KuXDOcqpaaNk7NpWLUKLPxcpQmgKl1mmFARbCLjqlsXXKUvU8WCuhds3akR2HKUaZgjtkTxP/9Kle5WX80E6CYmEsq1FAtxPdqs6oX7yU0bWE/xSDo0IUxCjKeynYKvAcYFwHGLYMPD2MPPb3d2IF6mpw0DOu6rZAi4zXvrHBmSSsxrUizim7AF3wIxfCT9WkoBXfb8AVKFTTGHjS1aZAb0TZpzGqfLV/vL0rjiOli7CoGqlJ4QAaDtSIWTM0itlrCoXFtLE3okF/Ro83trHZFQmtTqGEvjbL0zeyx5zRFX7e8egnVJ8cDAjTKhtKAGUqjK0hMeXfxWwaoQjOitju/gku+liaPSmrRwwkvfi1Qg8kcKlYRhmB5/AntadMc+Fd7jOhjHAd0mR9V25pflRmkCLnmjPmIqSrbErA11apuDPtaak2sH1tT7nDij+lNtE//1sIJLMmlGXB6IS2nMc4cP87UtrKoXvhEHOYhoaryEqCOwDdJW8IJiPTjX8rmcGxiFP45jb7RBc3GEiBvvfoLvX1ef01OM4HEM/m7hlrGZ+crBJdSoQ89DjArDfHIRXfQrW+j4lL25IxViJa2ZTs1iazUJdoI6Q3YE10Pqixgbi4Uj3S6igU48EqbULfiif6c1BC/sSJwfINl878Z9TQdI5LK66mEHht/eezSbKUGx+TOOcDBN3FuzAvW9qot070G9tS2CMebU227H0BpWeX8cXZ+9EalcHduTY2gGMw21WgpfEL8ltG9fz1B+w0LpfWdLxAvcshFwirsQ1oFT0YGjwv4dPI1dDzong8ky2EnsyGyAiokY+pmu75OhtAY22MY7Vi/Bj8nDtx4rnytVZO/DqxmZy4VBEQDgf1EaUuIzOUGKsuUD/SMNoi4QKSfvNYVPtvalLQZzsLK5LwP2AO1CXsfSM28vId7wGFlZmSOx4XM4jDgk13ZkMdt+qXFTDUMANIAZdlzBxCExm/9QLz6RBTuyp3HM1U8WJpgf//8jRoWMd/0EpbQ5VCt6vQtnPfFuTrxJF5DJ+q7JCgQSZ0zaSm+pxccwCQ6cbXRD9CGEvAQA9p/o1UJxx6HK/gm4AmkjoTDnmZpNjV4ViYZFfyGQeqO5p+nglCnH6yusl1GqSW3BZnZYpXXAHx3MjEYYIeFbzFeDgXA6L8bOf/tQvC3KIttDpA8ln1vHtL3CAPDdxN9cCKrGias+2xj1F9YFyRNA/jwkapslAEcohqTV4rctf+2kX6uMcsNenoE84xF2sIiVhpEYj/c5cOuR5ITzainV7jNgUyUDS2kjVnlZVI5gHPSxaGd2TfcIxMCy+jSkVwfGhbWv7lZK771dh2cdT/VwOtHB/91bNJvaQ8yZUCjrNwnEQ8BwfXu6KE5GBBSqFLOt1o0DCYE6wOBLHT/6N+SAE4S04lUC/MIy+SkqwMs2j+b8mM9wf3i8ZsLmlHA3u5QG7iuIY8eBLlFUUKWala5uk30B5+2hqVEBX8dw7mNGInH4Q1kHMS1Q1T2cM7PW6aksPi+LxIhPu6AlbPSzGZfgTcK8kPZRtwmAHiZ46Fpqod10YEwE45DQgQ+9Zwd6lXT9ndBJ9IvvCWYCGLeEGeSjYOk6hJ+3b5gTXjRL+R+h/Oi53ia07dQZcE43Js67T5G6bnQH+FEdzlqOdL5NY6cb3SRS08PqxjbwjkQN0qMcj3UE60tkob3MElAInoqRLnxfUgDsFZGL+9yL91fp/gNXTFaBd0fWdS//dKkvZsuKghQQnZsesh8HaD0xN65WNd9hN2iSlGO/ggaiXO6caW4uihnjpypwUgBxa0oUkRO9kn9IQE/YCrf+uqAMpu1AM5W0qOGfAhGdBZk0vQVDzhijBXhZlodiOS7tn4f744LcF7dhmG0lJ/22bU3Yoe0lwAIyUXkR+7SZ/DsFpPjufjS1eQUkpT+3muMch33FjyRT3Gmo3Lzfou7Encw73cnCCc1FarcVrkRZeXz5pz8fMuz1eeKskr48dYxlUkjdrvuBuQp3ZGCmuSH0IcEhmZAkTLTPg2E1w206k0qGNOnuDAVHyTgEgrVAv+1dR0qSwn8Divq5bBr/ObWp/iq6V1zRkOpob4CfbvGTWyU6nf+gbm2sqVTbC4JCEw6D9FH7NdYjt6rzegjXftQTYTuSpJ5oqvx/lzl/HUFXpiVIBvxaOHAwOFW/oEl4WFoD6ZkcfTGocrVNqxXsEi7ywGzjxi2SX18XHtRKibWnzWHa4wf0e27h1vDnJ0w4EFqswHn6H9LBTeewNU8sYR5qUVoWsuYG3kV+/9xi5hlj7kSaoFJopaYtZRD5MQFZwMH+FcUHvpSk72BsXON/B910gt5lcdF4KmC/WYtLCRK89FOMRxO3oFMFTbIvDI2rTVQkNmXzg0cNM+1MiPyqeOnGcVEsikbEYFE0hTNPGqjuzyc3vEu/5n4kFLLXxPC/cCKmauo7AMo7mRqHqyZV1+YRR7rW54O/OMhlRboMHhyTaVMHMZv4VIFMtN7G3ZzztVHfwqLXWQggJy4eFRjlDV8wMEr1U4or4tMubKofvCQVu5XUQlksulWxVVqh5pqMiGFoOQ7snV90XHtNLOkIoCmpEFtfeyqJN2gimchRZLl9y+aTYoN8/N8imzUU0fFMxVEfJINanXN67rWF1ob743DkpENdebuhaejGisiUZnPMYcbcuAcSXXaKc0uTgD/IcNSwOxPC/ru2b3eT6eyVmTZlz2yC2EBH5QmNkMe50g1wErVvBXlY9Gets7fobKwZGc8mbdXo1pQf/jZ/94V4bAt9r2Hm0WRhiq3p2WKtTD4DphrPweWo7BMcg2GnVvd4D50JUD+dtMiLcdtgi2SQZJTZbtMmzyIIRUnzegHwTNcpSsmbPj3ojkIoON0XS699gp5EbLA/L0x6wPIa0NTO4kV9HySz8tmJtoKQUH2Y1qvZaqHLuFjXD8aRJweMDpmYhYLQzMHwdPQrhQV9yNUJCIeeADfqvLTaoZ8CQMbLZYPF/v4DgFHil5mwuBQWy9w3+dXOwXog6201bV0CXUK43sksGtIFRZWDeNlIyn+akwV30yp0DxUnXT1tznB7U8fYGerMWMe5vkJNgTizs/MMpVN8VmJzPqNRDzBWxtQ+MPwsnVUNCfwb/A9W/IZlNYYfyJOnejSi0NeGoZ2D/rii78OLDllPglEi0mtVqbYlqM9iNQLAwU9qUzIgZHjJb659/fam2rbR47oKMC8AOpZPIxyF6kUwK+b3n1UnGcsLa7zwziSWgLPTibC65pzidVAdErMUypP26iePHgKb06QgibP8Hd5cuYitWJfAjafIf1QKmv1FPSbhHk/V0m/EZ/njbx1irUXdLAr+SYrfUnxIUuhKj4BMQc20uO7ma/Y9FRxml/IiYS8HS8k3yls9wlRe3osTAE/u4761sFV7J7ZZcWMHaxx5vvlJkYcJk4RcfhSrdsmO6osYZnJJCh9IbSj2pfLjEKI8ge7HOY3vf7iFOtFCcjxNR1pmFoTAjzHa5HC3a/NGZHeo/c7YKr2UgtlDRWO7rbuvStSw6UXCXg+r/aYTN79lkdKqIg5hGB0qH5koYQEi70FIrHGfV3Rt2fzEkEXz9KqrVGOqdB0GPttOrBExeK6UHovOurRXVYq39P2GJhQ+NyS0Xe3XgHDoKjE8cAhgf6btCzX1yR5d2gyS3GBo3e+UXlhlE3HfxHz5EAsRFNJ6hUde3qZRY0dfZt+U2SS9cPHdgZA0rmP3N0OCCOwVYqoYCUu+LBl31UZkzxbHcgM257eYd5YM6WaXEynVaVVqokG70LNVSiQcE/WF0lwrjuo3jwHhUq01cCP7DC+099tPCUjYUXR5P1pMNOdekozvQk6xJaeDo8FolrG6n4K3sw543ptnli5aufoNU3Afv4Sg6TZD1+Y2FQHxAIUbWkLpRQR5U0iIp5yr6hdzjbFDoW+FuX9uIECNXNizCVqVby0zHKgL6evb9G1Sr94OogUA5eF1AnvHe2mCGS+C/6z6a6QGUHtiLH+inuQuO/Z36xoQcalXV9rEWoiJwPjLGYHlEUZyiRC2hwv3APBqE6mI3l5iF52v6c1Kf+CK5+hKjLPKUTzmEXHUwsSs+Pp+/fmSszX7PrL6A8todeApLs1qe5YZaDIxesvQJOcw2nFhddAGLxDtB3WXZ6lxUlwISITLRHg2TrAD0BoNFN88xmv4qDwqY7cXauWVGhFLzk4KZY6RJywM0C7ULRKsv2yXwkPQqyfah5yDH9fc6Hm4axXd/w7joW+0b2W+XSuEoi2G/Lu7z3WfbYgOMtR7c8icriqz3qLVykPkc2gNj0BNRKQCmBO06bILPF3LPEaMY3AWTvPPd7SiAksXHZIgsxy5/RcZe9Kz4J7IS6X73yfqTf+U4/Tbw6lE82fJu9VRK2KdiVS9hGu4TA7aZW/cJ9P9q7LKqnGmyXmSk3tFkOHHuPE6ukuGtcvKUddEHaRIOBVKcn8nESXLbHaW5nkmp2iQ9awmKqmD25v4GjFuDRxEi3njyRemlcXHafC7F0I17c1altU1d9LOO8VkPWnBhhU4mxpXrN3waaNu6dSOfXiPdOPhB3auGOGWlbVxQJTrNzQi603ZsZKNKqzvS3qEHbMVxBYIyXA1IpAdbP4ZmfuTF763tvbOZ18B/ouy7Gp8lBVvAb5zhHdK+3fel6Y4maeLJtV3/3p6aV+10/aBwJmpVuruXKd4on4GdWHINPGBJHOkoJIkKET4ejWGgBEftfmdTvyYdr/FTiYvNwwEW1sNCBQ9oCcBKxr1YqqR8Jxb3omIUvXj4k2/hGjTyPBAIledqvgTblPdiy+yGColX7lcGXVMUbk+0ESQgTjMK1fggGhimOFLOw37S7YV+GkOLg9PZOoh56IgOynDCjdZO7BlhJzjkuA0fWuT8Omu5g81bP0pz/AxJq7nNnGTuBFt4cp6ceKH9tq/R/uaUkglmhrdpv2ogshKYL4rGQBDAkGmB1ALz6GOP8S0n9u0216FzWkYKlggomWALUFNuAtgNUu59hXw124o350GWuHy1QJD6rd231F3bX2YVMyyWMZTniSeGJY4xUmSqj8X/esCjiyx8cLQ99VpUDEEGq0Y4ysV/NXy4gyAgaKave9QHuuph66ByV4qWnQZJ3PvSw+eKp4RFWPbnWymPWZpejy42ezlHB3rekJfW2f+1FxgAxOCFM7IvJnNZyf9Vw9dOQymJ1SebCdcDTHcud9f7PCGYKYBLezLvFqFQ8xND2eS3uQai3KAtWPi6F2QsS2g8SMycdnsIytSd2tStwylWG3V+y3pwV9SwH//Aq219YUP71E2+H1KpAaE8YeccJ8NcrKfnAFi/302xNFUCrbc1ZWzYQ8gskoSzGqxZtcdyfCahFTpxQoGSh5l+Sub+fY4Ijr3OKHIiWq2ETTKM0FTihOn0laM8mI2b2rocrgpYUMsfRfpLxENzE82IepaWKEYy9C6M/BmHdnxX5NFR9s02JjC+xVh7IW4gqjrWmdY97R1QYc/L4LwCUOAigDIBSN5bqQQ3Ro62Mlc067DSwl0jw4lUlAdiS07jIkpLUIhyJjlfCf6BgiAlZqYf2bnF6GeFiXWviAYCWcJq/FB6bJYMfEPPn2D/hThF32QCaVim6D5itqmpxffDzKnF6wT/2w/dGuasXxpGkZpKH5NaEvgcYBI04jfcTnb4zMrb+1BqLhcJ1hmLCtOBTzdaIm/UhLSpKEogoMME4bg0sEbwiVJRgbXvcw1nFBdnOXuY68aOko9TWWkZBtIhB+kCLK+PqjVBAEnqQnJzZWQqRcLzzlLocN/20Y6mttkOyoZg+qcDUhDAn9qdVrI+TAy3vGimnHe9PwbGllGL3oL91PX1avpDkIoOeWtcSIaaMmnR7xiGafWvPFNYeG+ZFhYUapfa9da5zfTi0T75h/kKMe9LQJeWg09fzodZHOIJlDjwCpk5NbwCaluvFlHwOnahosGShghcmfcvHHGfzbTXUAfXgoa9/PtEtOjmioRLfKYwfTnKBIKELJnHV3FHbcPezjbi/SsMqsgTasBgo7wkejlGDsT3GwR9mlAzZTzcxs9/lmdyFVrj2j60vPcHT8+rhh9zqYIzzMVAPeKFyaT3chFEbGdR62dLqlXJcG5kgJDWJrf1MQTx+ZIntfOikORvqtSqrnZjT4GIWKEYsmgTe6q5CyjNtWWHiaV+73sPesQKv1EsvcsZlCxDtkEiktzx95aEo4Ax7PGvMGiroNrxURPmCYg4GEbRV0Dp6mHnDHk8QGIWb4YuvlQDJkK2+K2nb81Vc39zmHhCSPswgIQy17Z/Bm6u9gCqHOZqIUttcX1D688SgDWMM5A3oTg/+puRuieT6Ppm96eBlXcIIS0AHIZbOALpCl6zvwSpgHnpH/tpyFn5i20NgHki7mhEABKL56P4S9yPVHyksma/Kgk9qJSijnvgIDnk5ACQUWGI6Ss7ajljLm/O7Otiaru4sgyVOOag+AoskAYBCAgCSDOZXRF5+0WIqeR4FmeTU8DZx+ZmDY66aLjdOnz+HAdAn20r8G/A5+/wvVixG7oSKwSJhBBmbE92AueqP94VNxiC5oLNUN0MHcl7a6K4P1XtYUHozFb/S43IvnWkrVV/WIdiWsP3z6qv7yJ3FvvbMEilFSw8ayhlSvbAcwbDEu1FwsmC1zsQy/GV3eiOAl6oT9gRz5dLw4S73+Il0zwSaxx0JONqvnJ6EEGE46H92lVVygf6NDikm2h7Vy7Aags6xOr+ZRqfOF7u10MVEBXzPqb0RbL7WIq34ZO1gO5B87sCBEa/nlCmIcMZmaItqnW/6fEhQemnjDQ1D9IQEStOoH4KV5U/PLIH2nsJvcY9p62IBwLV08JzM+mPaJyx7CoTrMjTC9JSRGtZ2E58qTJOBK3DYhvrnNLrjpV5NXHnoYl33nY4JuFjy5WxEQphjFtp+RQdFPxVCGXqo0UcOX1ihVGQr5i7dvus6HLC4HJRVmm7G3XJxfLYkzdcGddTAlxxxrzWa1JWlCdDmoBPU73fAk0lF214isp8YdiBGYaPAsJd71RHEd7MvPCQQA")
print(len(code), lzma.decompress(PACKED, lzma.FORMAT_RAW, filters=X86) == code)
for filters in (X86, [{"id": lzma.FILTER_DELTA, "dist": 3}, {"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2}]):
    c = lzma.compress(code, lzma.FORMAT_RAW, filters=filters)
    print(lzma.decompress(c, lzma.FORMAT_RAW, filters=filters) == code)
    c = lzma.compress(code, filters=filters)
    d = lzma.LZMADecompressor()
    print(b"".join(d.decompress(c[i:i + 100]) for i in range(0, len(c), 100)) == code, d.eof)

# Files.
tmp = tempfile.mkdtemp()
path = os.path.join(tmp, "a.xz")
with lzma.open(path, "wb", preset=1) as f:
    f.write(samples["text"])
with lzma.open(path, "ab") as f:
    f.write(b"second stream\n")
with lzma.open(path) as f:
    print(f.readline(), len(f.read()), f.tell())
    f.seek(10)
    print(f.read(10))
with lzma.open(path, "rt", encoding="ascii") as f:
    print(len(f.readlines()))
tpath = os.path.join(tmp, "t.txt.xz")
with lzma.open(tpath, "wt", encoding="utf-8") as f:
    f.write("ünïcode ☃\n" * 10)
with lzma.open(tpath, "rt", encoding="utf-8") as f:
    print(repr(f.read(12)))
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", format=lzma.FORMAT_ALONE) as f:
    f.write(b"alone file")
print(lzma.LZMAFile(io.BytesIO(buf.getvalue())).read())

tar = os.path.join(tmp, "a.tar.xz")
with tarfile.open(tar, "w:xz") as tf:
    tf.add(path, arcname="a.xz")
with tarfile.open(tar) as tf:
    print(tf.getnames(), tf.getmember("a.xz").size == os.path.getsize(path))
zpath = os.path.join(tmp, "a.zip")
with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_LZMA) as zf:
    zf.writestr("text", samples["text"])
with zipfile.ZipFile(zpath) as zf:
    print(zf.getinfo("text").compress_type, zf.read("text") == samples["text"], zf.testzip())
for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
