"""Imports fastmath.cs with csimport: built on the first run, only hashed and loaded on later runs."""

import logging
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")

import csimport.import_hook  # noqa: E402,F401

start = time.perf_counter()
import fastmath  # noqa: E402

print(f"import fastmath           took {(time.perf_counter() - start) * 1000:.0f} ms")
print(f"fastmath.fib(90)          = {fastmath.fib(90)}")
print(f"fastmath.mean_up_to(10)   = {fastmath.mean_up_to(10)}")
print(f"fastmath.checked_add(2, 3) = {fastmath.checked_add(2, 3)}")
try:
    fastmath.checked_add(2**31 - 1, 1)
except OverflowError as error:
    print(f"fastmath.checked_add(2**31 - 1, 1) -> OverflowError: {error}")
print(f"loaded from {fastmath.__file__}")
