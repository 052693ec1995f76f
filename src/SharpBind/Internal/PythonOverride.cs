using System;
using System.ComponentModel;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// One overridable member of a bound class, as its proxy looks it up: the Python name, and the
/// attribute the bound type itself has under that name. A Python subclass overrides the member when
/// looking the name up on its type finds something else. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class PythonOverride
{
    /// <summary>Describes the member; <see cref="Bind"/> connects it once the type exists.</summary>
    public PythonOverride(string name) => Name = name;

    /// <summary>The Python name.</summary>
    public string Name { get; }

    // Interned str, owned forever.
    internal PyObject* PythonName;

    // What the bound type finds under the name (an owned reference, kept forever), or 0 when the
    // member is not exposed to Python (a protected virtual).
    internal nint Native;

    /// <summary>Looks the member up on the freshly created bound <paramref name="type"/>. GIL held; false with an error set.</summary>
    internal bool Bind(PyTypeObject* type)
    {
        byte* utf8 = NativeText.Persist(Name);
        PythonName = CPython.PyUnicode_InternFromString(utf8);
        if (PythonName == null)
        {
            return false;
        }
        PyObject* found = CPython.PyObject_GetAttr((PyObject*)type, PythonName);
        if (found == null)
        {
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_AttributeError) == 0)
            {
                return false;
            }
            CPython.PyErr_Clear();
        }
        Native = (nint)found;
        return true;
    }
}
