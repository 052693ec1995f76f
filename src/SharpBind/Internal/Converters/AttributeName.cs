using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// An attribute name, interned as a Python str the first time it is used (GIL held) and kept, so
/// reading the attribute does not make a new str each time as <c>PyObject_GetAttrString</c> does.
/// </summary>
internal sealed unsafe class AttributeName
{
    private readonly byte* _utf8;
    private PyObject* _interned;

    public AttributeName(string name) => _utf8 = NativeText.Persist(name);

    /// <summary><c>getattr(owner, name)</c>: a new reference, or null with an error set.</summary>
    public PyObject* Get(PyObject* owner)
    {
        if (_interned == null)
        {
            _interned = CPython.PyUnicode_InternFromString(_utf8); // owned forever
            if (_interned == null)
            {
                return null;
            }
        }
        return CPython.PyObject_GetAttr(owner, _interned);
    }
}
