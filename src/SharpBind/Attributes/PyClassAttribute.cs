using System;

namespace SharpBind;

/// <summary>
/// Makes a class a Python type in a <c>[PyModule]</c> module: its public constructor becomes
/// <c>__init__</c>, its public methods, properties and fields Python methods and attributes (with
/// snake_case names), <c>ToString</c> <c>__str__</c>. A sealed class cannot be subclassed in Python.
/// On an enum it makes an <c>enum.IntEnum</c> (an <c>enum.IntFlag</c> for a <c>[Flags]</c> enum) whose
/// members have UPPER_SNAKE_CASE names.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Enum, Inherited = false, AllowMultiple = false)]
public sealed class PyClassAttribute : Attribute
{
    /// <summary>
    /// The module the type goes into. May be left out when the assembly declares exactly one
    /// <c>[PyModule]</c>.
    /// </summary>
    public string? Module { get; set; }
}
