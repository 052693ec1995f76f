using System;

namespace SharpBind;

/// <summary>
/// Releases Python's GIL while the method runs, so that other Python threads run meanwhile (pybind11's
/// <c>py::call_guard&lt;py::gil_scoped_release&gt;</c>). Arguments are converted before and the result
/// after, with the GIL held; the method itself must not use Python objects (callbacks and Python
/// overrides it calls take the GIL again by themselves).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Constructor, Inherited = false, AllowMultiple = false)]
public sealed class ReleaseGilAttribute : Attribute
{
}
