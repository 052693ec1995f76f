using System;

namespace SharpBind;

/// <summary>
/// Binds a class that cannot carry <c>[PyClass]</c> (one from a NuGet package, the BCL or any code
/// you do not want to touch) as a Python type of the <c>[PyModule]</c> class this attribute is on.
/// The result is what <c>[PyClass(Module = ...)]</c> on that class would give, except that members
/// SharpBind cannot convert yet (unsupported types, generic methods, <c>ref</c>/<c>out</c>
/// parameters, name clashes, obsolete members) are left out instead of reported as errors; an
/// info diagnostic (SB0041) says how many and which.
/// </summary>
/// <example>
/// <code>
/// [PyModule("text")]
/// [PyExport(typeof(System.Text.StringBuilder))]
/// public static class TextModule
/// {
///     public static string Shout(System.Text.StringBuilder builder) => builder.ToString().ToUpperInvariant();
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class PyExportAttribute : Attribute
{
    /// <summary>Exports <paramref name="type"/> (a non-generic class) from this module.</summary>
    public PyExportAttribute(Type type) => Type = type;

    /// <summary>The exported class.</summary>
    public Type Type { get; }

    /// <summary>The Python class name; the C# name when left out.</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gives instances a <c>__dict__</c>, so Python code can add attributes the C# class does not
    /// have, as <see cref="PyClassAttribute.DynamicAttributes"/> does.
    /// </summary>
    public bool DynamicAttributes { get; set; }
}
