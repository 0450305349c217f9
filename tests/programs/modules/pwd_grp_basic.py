# pwd and grp: lookups by id and name agree with each other and with getpwall/getgrall; the
# record types; KeyError/TypeError/OverflowError as CPython raises them.
import grp
import os
import pwd

root = pwd.getpwuid(0)
print(type(root).__name__, type(root).__module__, len(root), pwd.struct_passwd.n_fields)
print("root:", root.pw_name, root.pw_uid, root.pw_gid, root[0] == root.pw_name, isinstance(root.pw_dir, str))
print("by name:", pwd.getpwnam(root.pw_name) == root)
print("in getpwall:", root in pwd.getpwall())
me = pwd.getpwuid(os.getuid())
print("current user:", me.pw_uid == os.getuid(), pwd.getpwnam(me.pw_name).pw_uid == me.pw_uid)
print("all consistent:", all(pwd.getpwuid(p.pw_uid).pw_uid == p.pw_uid for p in pwd.getpwall()))

g0 = grp.getgrgid(0)
print(type(g0).__name__, type(g0).__module__, len(g0), grp.struct_group.n_fields)
print("group 0:", g0.gr_name, g0.gr_gid, type(g0.gr_mem).__name__)
print("by name:", grp.getgrnam(g0.gr_name) == g0)
print("members are str:", all(isinstance(m, str) for g in grp.getgrall() for m in g.gr_mem))
print("all consistent:", all(grp.getgrgid(g.gr_gid).gr_gid == g.gr_gid for g in grp.getgrall()))

cases = [
    (pwd.getpwuid, 987654), (pwd.getpwuid, -5), (pwd.getpwuid, 2**40), (pwd.getpwuid, 2**32 - 1),
    (pwd.getpwuid, "0"), (pwd.getpwuid, 1.0), (pwd.getpwnam, "no such user here"), (pwd.getpwnam, 0),
    (pwd.getpwnam, "a\0b"),
    (grp.getgrgid, 987654), (grp.getgrgid, -5), (grp.getgrgid, 2**40), (grp.getgrgid, 2**70),
    (grp.getgrgid, -1), (grp.getgrgid, "0"), (grp.getgrnam, "no such group here"), (grp.getgrnam, 0),
]
for f, arg in cases:
    try:
        f(arg)
        print(f.__name__, repr(arg), "found")
    except Exception as e:
        print(f.__name__, repr(arg), type(e).__name__, e)
for f in (pwd.getpwuid, pwd.getpwall, grp.getgrall):
    try:
        f(1, 2)
    except TypeError as e:
        print("TypeError", e)
for f, args in ((pwd.getpwnam, (1, 2)), (grp.getgrgid, (1, 2)), (grp.getgrnam, (1, 2)), (grp.getgrgid, ()),
                (pwd.getpwuid, ())):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError", e)
print("keywords:", grp.getgrgid(id=0) == g0, grp.getgrnam(name=g0.gr_name) == g0)
