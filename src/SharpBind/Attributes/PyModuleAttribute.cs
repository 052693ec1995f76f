using System;

namespace SharpBind;

/// <summary>
/// Makes a class a Python extension module. Its public static methods become module functions and
/// its constants and static read-only fields and properties module attributes, with snake_case
/// names; XML doc comments become docstrings.
/// </summary>
/// <example>
/// <code>
/// [PyModule("example")]
/// public static partial class Example
/// {
///     /// &lt;summary&gt;A function that adds two numbers&lt;/summary&gt;
///     public static int Add(int i = 1, int j = 2) => i + j;
/// }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class PyModuleAttribute : Attribute
{
    /// <summary>Declares the module <paramref name="name"/> (what Python imports).</summary>
    public PyModuleAttribute(string name) => Name = name;

    /// <summary>The module name Python imports.</summary>
    public string Name { get; }
}
