"""Uses the C# module built from Example.cs: `python3 -m sharpbind build examples/hello`."""

import inspect

import example

print(f"example.add(1, 2)       = {example.add(1, 2)}")
print(f"example.add(i=4, j=5)   = {example.add(i=4, j=5)}")
print(f"example.add()           = {example.add()}")
print(f"example.the_answer      = {example.the_answer}")
print(f"example.what            = {example.what!r}")
print(f"example.__doc__         = {example.__doc__!r}")
print(f"signature(example.add)  = {inspect.signature(example.add)}")
print(f"example.add.__doc__     = {example.add.__doc__!r}")
try:
    example.add("one", 2)
except TypeError as error:
    print(f"example.add('one', 2)   -> TypeError: {error}")
try:
    example.add(2**70)
except OverflowError as error:
    print(f"example.add(2**70)      -> OverflowError: {error}")
print(f"loaded from {example.__file__}")
