using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>A Python <c>str</c> (or subclass). <see cref="PythonObject.ToString"/> gives its text.</summary>
public sealed unsafe class PythonStr : PythonObject
{
    internal PythonStr(PyObject* owned)
        : base(owned)
    {
    }

    /// <summary>A new str with exactly the text of <paramref name="value"/> (lone surrogates included).</summary>
    public PythonStr(string value)
        : base(Check(PyStrings.FromManaged(value)))
    {
    }

    /// <summary>The number of code points (<c>len(self)</c>).</summary>
    public int Length => (int)CPython.PyUnicode_GetLength(Handle);
}
