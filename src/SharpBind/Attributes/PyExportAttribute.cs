using System;

namespace SharpBind;

/// <summary>
/// Binds a class that cannot carry <c>[PyClass]</c> (one from a NuGet package, the BCL or any code
/// you do not want to touch) as a Python type of the <c>[PyModule]</c> class this attribute is on.
/// The result is what <c>[PyClass(Module = ...)]</c> on that class would give, except that members
/// SharpBind cannot convert yet (unsupported types, generic methods, <c>ref</c>/<c>out</c>
/// parameters, name clashes, obsolete members) are left out instead of reported as errors; an
/// info diagnostic (SB0041) says how many and which.
/// <para>
/// A closed <c>List&lt;T&gt;</c> or <c>Dictionary&lt;K, V&gt;</c> (with a <see cref="Name"/>) is bound
/// by reference instead, as pybind11's <c>bind_vector</c>/<c>bind_map</c>: it becomes a Python
/// <c>MutableSequence</c>/<c>MutableMapping</c> type of the module, and every value of exactly that
/// type then crosses as the C# collection itself (not a copy), so changes are seen on both sides.
/// </para>
/// </summary>
/// <example>
/// <code>
/// [PyModule("text")]
/// [PyExport(typeof(System.Text.StringBuilder))]
/// [PyExport(typeof(System.Collections.Generic.List&lt;int&gt;), Name = "IntList")]
/// public static class TextModule
/// {
///     public static string Shout(System.Text.StringBuilder builder) => builder.ToString().ToUpperInvariant();
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = true)]
public sealed class PyExportAttribute : Attribute
{
    /// <summary>
    /// Exports <paramref name="type"/> from this module: a class, a struct, an interface, an enum, or a closed generic class such as
    /// <c>Queue&lt;string&gt;</c> (which needs a <see cref="Name"/>); a closed <c>List&lt;T&gt;</c> or
    /// <c>Dictionary&lt;K, V&gt;</c> binds that collection by reference.
    /// </summary>
    public PyExportAttribute(Type type) => Type = type;

    /// <summary>The exported class.</summary>
    public Type Type { get; }

    /// <summary>The Python class name; the C# name when left out (required for a <c>List&lt;T&gt;</c>/<c>Dictionary&lt;K, V&gt;</c>).</summary>
    public string? Name { get; set; }

    /// <summary>
    /// Gives instances a <c>__dict__</c>, so Python code can add attributes the C# class does not
    /// have, as <see cref="PyClassAttribute.DynamicAttributes"/> does.
    /// </summary>
    public bool DynamicAttributes { get; set; }
}
