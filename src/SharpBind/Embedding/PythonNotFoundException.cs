using System;

namespace SharpBind;

/// <summary><see cref="PythonInterpreter.Start"/> could not find or load a Python library.</summary>
public sealed class PythonNotFoundException : Exception
{
    /// <summary>An exception with <paramref name="message"/>.</summary>
    public PythonNotFoundException(string message)
        : base("SharpBind: " + message)
    {
    }

    /// <summary>An exception with <paramref name="message"/> caused by <paramref name="inner"/>.</summary>
    public PythonNotFoundException(string message, Exception inner)
        : base("SharpBind: " + message, inner)
    {
    }
}
