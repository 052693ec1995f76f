"""SharpBind: C# and Python in one process.

``python -m sharpbind build PATH`` turns a C# project (or a folder of ``.cs`` files) with
``[PyModule]`` classes into an importable Python extension module, either as a NativeAOT shared
library (no .NET needed at import) or as a hosted assembly loaded into a shared CoreCLR.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
