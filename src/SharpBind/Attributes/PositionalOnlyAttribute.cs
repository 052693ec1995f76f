using System;

namespace SharpBind;

/// <summary>
/// Makes this parameter and every parameter before it positional-only in Python, as <c>/</c> does in
/// <c>def f(a, b, /, c)</c> (pybind11's <c>py::pos_only()</c>). Put it on the last positional-only
/// parameter. Passing one of them by keyword raises Python's own TypeError (or, when the function
/// has a <see cref="KwargsAttribute"/> parameter, puts the keyword into that dictionary, as Python does).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class PositionalOnlyAttribute : Attribute
{
}
