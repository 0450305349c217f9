# fails on purpose: an import of a module that raises during initialization, uncaught (traceback shows import frames)
print("importing")
import _raises_on_import
