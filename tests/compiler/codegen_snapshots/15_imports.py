import a.b.c
import a.b.c as d
from . import x as y, z
from m import *
