# bisect.py on top of _bisect (the stdlib's pure-Python module, found on the path).
import sys
sys.path.append('/usr/lib/python3.11')
import bisect
print(bisect.bisect.__module__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
print(bisect.bisect([1, 2, 3], 2), bisect.bisect_left([1, 2, 3], 2))
l = [1, 3]
bisect.insort(l, 2)
bisect.insort_left(l, 2)
print(l)
grades = 'FDCBA'
breakpoints = [60, 70, 80, 90]
print([grades[bisect.bisect(breakpoints, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
