using System;

namespace SharpBind;

/// <summary>
/// On a <c>[PyModule]</c> class: C# exceptions of <see cref="ExceptionType"/> (and its subclasses)
/// thrown by bound code raise the Python exception <see cref="PythonException"/> instead of the
/// built-in mapping's choice. Meant for exception types from libraries you cannot mark
/// <c>[PyException]</c>. The most derived mapped or registered C# type wins. Generated at compile time
/// as type tests: no reflection, NativeAOT-safe.
/// </summary>
/// <example>
/// <code>
/// [PyModule("config")]
/// [PyExceptionMapping(typeof(System.Text.Json.JsonException), "ValueError")]
/// [PyExceptionMapping(typeof(System.Net.Http.HttpRequestException), "ConnectionError")]
/// public static class Config { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class PyExceptionMappingAttribute : Attribute
{
    /// <summary>Maps <paramref name="exceptionType"/> to the Python exception <paramref name="pythonException"/>.</summary>
    /// <param name="exceptionType">A C# exception type (a class deriving from <see cref="Exception"/>).</param>
    /// <param name="pythonException">
    /// A built-in exception name (<c>"ValueError"</c>), the Python name of a <c>[PyException]</c> class of
    /// this module, or a dotted <c>"module.Name"</c> that is imported when the module is.
    /// </param>
    public PyExceptionMappingAttribute(Type exceptionType, string pythonException)
    {
        ExceptionType = exceptionType;
        PythonException = pythonException;
    }

    /// <summary>The C# exception type.</summary>
    public Type ExceptionType { get; }

    /// <summary>The Python exception's name.</summary>
    public string PythonException { get; }
}
