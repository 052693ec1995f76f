using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>float</c> (or subclass).</summary>
public sealed unsafe class PythonFloat : PythonObject
{
    internal PythonFloat(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new float.</summary>
    public PythonFloat(double value)
        : base(Check(CPython.PyFloat_FromDouble(value)))
    {
    }

    /// <summary>The value.</summary>
    public double Value => As<double>();
}
