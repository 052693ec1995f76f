using System;

namespace SharpBind;

/// <summary>
/// Makes a class a Python type in a <c>[PyModule]</c> module: its public constructor becomes
/// <c>__init__</c>, its public methods, properties and fields Python methods and attributes (with
/// snake_case names), static members class attributes, <c>ToString</c> <c>__str__</c>. A sealed class
/// cannot be subclassed in Python; a static class becomes a namespace; a <c>[PyClass]</c> class nested
/// in another becomes its class attribute. On an enum it makes an <c>enum.IntEnum</c> (an
/// <c>enum.IntFlag</c> for a <c>[Flags]</c> enum) whose members have UPPER_SNAKE_CASE names.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Interface | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false, AllowMultiple = false)]
public sealed class PyClassAttribute : Attribute
{
    /// <summary>
    /// The module the type goes into. May be left out when the assembly declares exactly one
    /// <c>[PyModule]</c>.
    /// </summary>
    public string? Module { get; set; }

    /// <summary>
    /// Gives instances a <c>__dict__</c>, so Python code can add attributes the C# class does not
    /// have (pybind11's <c>py::dynamic_attr()</c>). Costs a little memory and time per instance.
    /// </summary>
    public bool DynamicAttributes { get; set; }
}
