# fails on purpose: AttributeError on a module with a suggestion
import sys
print(sys.maxsize > 0)
print(sys.maxsizee)
