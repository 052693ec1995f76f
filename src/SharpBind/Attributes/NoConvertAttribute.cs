using System;

namespace SharpBind;

/// <summary>
/// Turns implicit conversions off for this parameter (pybind11's <c>py::arg().noconvert()</c>): a
/// <c>double</c> takes a <c>float</c> only (not an <c>int</c>), an integer takes an <c>int</c> only (not
/// a <c>bool</c> or an object with <c>__index__</c>). Overload resolution respects it in both passes,
/// so another overload can take what this one refuses. Valid on <c>bool</c>, integer and
/// floating-point parameters (and their nullable forms), whose converters are the ones that convert.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class NoConvertAttribute : Attribute
{
}
