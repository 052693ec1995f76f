"""``import csimport.import_hook`` lets ``import NAME`` find and build ``NAME.cs`` files marked ``// csimport``."""

from ._loader import install

install()
