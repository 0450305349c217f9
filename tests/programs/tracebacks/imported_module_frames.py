# fails on purpose: traceback passing through a function defined in a helper module next to the script
import _tb_helper
print(_tb_helper.safe_div(10, 2))
print(_tb_helper.safe_div(1, 0))
