using System;

namespace SharpBind;

/// <summary>
/// Registers a converter for a type SharpBind cannot convert by itself (pybind11's custom type
/// casters): the converter, a type implementing <see cref="IPythonConverter{T}"/> with a public
/// parameterless constructor, decides how a <c>T</c> crosses to and from Python everywhere: parameters,
/// results, properties, and elements of collections and callbacks. The generator writes the calls to
/// it, so no reflection is involved.
/// </summary>
/// <remarks>
/// Put it on the type itself (<c>[PyConverter(typeof(Celsius.Converter))] public readonly struct
/// Celsius</c>), or, for a type you cannot annotate, on the assembly
/// (<c>[assembly: PyConverter(typeof(IPAddressConverter))]</c>). The converted type is the
/// <c>T</c> of the converter's <see cref="IPythonConverter{T}"/>. A type bound as a class
/// (<c>[PyClass]</c>, <c>[PyExport]</c>) stays a class: a converter registered for it is not used.
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, Inherited = false, AllowMultiple = true)]
public sealed class PyConverterAttribute : Attribute
{
    /// <summary>Registers <paramref name="converter"/>.</summary>
    public PyConverterAttribute(Type converter) => Converter = converter;

    /// <summary>The converter type.</summary>
    public Type Converter { get; }

    /// <summary>The Python type shown in signatures and docstrings; the C# type's name when left out.</summary>
    public string? PythonName { get; set; }
}
