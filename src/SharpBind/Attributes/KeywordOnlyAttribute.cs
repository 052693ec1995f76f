using System;

namespace SharpBind;

/// <summary>
/// Makes this parameter and every parameter after it keyword-only in Python, as a bare <c>*</c> does
/// in <c>def f(a, *, b, c)</c> (pybind11's <c>py::kw_only()</c>). Put it on the first keyword-only
/// parameter. With a <c>params</c> array (Python's <c>*args</c>) the marked parameters follow
/// <c>*args</c> in the Python signature: <c>f(a, [KeywordOnly] int b = 0, params int[] rest)</c> is
/// <c>f(a, *rest, b=0)</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class KeywordOnlyAttribute : Attribute
{
}
