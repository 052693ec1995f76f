"""csimport's exceptions: both are ImportErrors, so a failed ``import`` raises what Python code expects."""


class BuildError(ImportError):
    """The C# source could not be built: a compiler error, a bad csimport directive or a dotnet failure.

    The message starts with the user's ``file:line:column`` for each compiler error.
    """
