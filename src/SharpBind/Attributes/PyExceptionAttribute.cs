using System;

namespace SharpBind;

/// <summary>
/// Registers a C# exception class as a Python exception class in a <c>[PyModule]</c> module (pybind11's
/// <c>py::register_exception</c>). The class becomes a module attribute named after the C# class (or its
/// <c>[PyName]</c>), with the class's XML doc comment as docstring; throwing the C# exception (or a
/// subclass) from bound code raises the Python class with the C# message, so <c>except m.MyError</c>
/// works. The generator emits the registration and the type tests at compile time: no reflection.
/// </summary>
/// <remarks>
/// The Python bases: <see cref="BaseType"/> when set, else the nearest C# base class that also has
/// <c>[PyException]</c> (in the same module; one in another module is not used); plus <see cref="Base"/>
/// when set, so that <c>class NotFound(StoreError, LookupError)</c> can be had. With neither, the base
/// is <c>Exception</c>.
/// </remarks>
/// <example>
/// <code>
/// /// &lt;summary&gt;No such record.&lt;/summary&gt;
/// [PyException(Base = PythonExceptionBase.LookupError)]
/// public sealed class RecordNotFoundException(string message) : Exception(message);
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PyExceptionAttribute : Attribute
{
    /// <summary>
    /// The module the exception class goes into. May be left out when the assembly declares exactly
    /// one <c>[PyModule]</c>.
    /// </summary>
    public string? Module { get; set; }

    /// <summary>A built-in Python exception the class derives from (besides its <c>[PyException]</c> base, if any).</summary>
    public PythonExceptionBase Base { get; set; }

    /// <summary>
    /// Another <c>[PyException]</c> class of the same module whose Python class becomes the base, even
    /// when the C# classes are not related that way.
    /// </summary>
    public Type? BaseType { get; set; }
}

/// <summary>The built-in Python exceptions a <c>[PyException]</c> class may derive from.</summary>
public enum PythonExceptionBase
{
    /// <summary><c>Exception</c>, the default.</summary>
    Exception,
    /// <summary><c>ArithmeticError</c>.</summary>
    ArithmeticError,
    /// <summary><c>AttributeError</c>.</summary>
    AttributeError,
    /// <summary><c>FileNotFoundError</c>.</summary>
    FileNotFoundError,
    /// <summary><c>ImportError</c>.</summary>
    ImportError,
    /// <summary><c>IndexError</c>.</summary>
    IndexError,
    /// <summary><c>KeyError</c>.</summary>
    KeyError,
    /// <summary><c>LookupError</c>.</summary>
    LookupError,
    /// <summary><c>MemoryError</c>.</summary>
    MemoryError,
    /// <summary><c>NotImplementedError</c>.</summary>
    NotImplementedError,
    /// <summary><c>OSError</c>.</summary>
    OSError,
    /// <summary><c>OverflowError</c>.</summary>
    OverflowError,
    /// <summary><c>PermissionError</c>.</summary>
    PermissionError,
    /// <summary><c>RuntimeError</c>.</summary>
    RuntimeError,
    /// <summary><c>TimeoutError</c>.</summary>
    TimeoutError,
    /// <summary><c>TypeError</c>.</summary>
    TypeError,
    /// <summary><c>ValueError</c>.</summary>
    ValueError,
    /// <summary><c>ZeroDivisionError</c>.</summary>
    ZeroDivisionError,
}
