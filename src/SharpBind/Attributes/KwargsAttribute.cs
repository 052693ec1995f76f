using System;

namespace SharpBind;

/// <summary>
/// Makes this dictionary parameter Python's <c>**kwargs</c> (pybind11's <c>py::kwargs</c>): it receives
/// every keyword argument that matches no other parameter, each value converted to the dictionary's
/// value type (<c>PythonObject</c> takes anything). The type is a dictionary with <c>string</c> keys:
/// <c>Dictionary</c>, <c>IDictionary</c> or <c>IReadOnlyDictionary</c>. It is the last parameter, or
/// the last before a <c>params</c> array. With no unmatched keywords, C# receives an empty dictionary.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, Inherited = false, AllowMultiple = false)]
public sealed class KwargsAttribute : Attribute
{
}
