using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Construction without an argument tuple, for sealed classes on Python 3.12+.
/// </summary>
/// <remarks>
/// <para>Calling a heap type normally goes through <c>type.__call__</c>: CPython packs the arguments
/// into a tuple (and keywords into a dict), calls <c>tp_new</c>, then <c>tp_init</c>. A static type
/// can skip all that with a vectorcall constructor, but a heap type gets one in the stable ABI only
/// from 3.14 (<c>Py_tp_vectorcall</c>). From 3.12 the stable ABI can give a type a metaclass
/// (<c>PyType_FromMetaclass</c>) whose instances, the types, are called through vectorcall
/// (<c>Py_TPFLAGS_HAVE_VECTORCALL</c> and <c>__vectorcalloffset__</c>): the metaclass here is a
/// subclass of <c>type</c> with one extra pointer, each type's generated constructor.</para>
/// <para>Only sealed classes use it. A Python class cannot derive from two bases whose metaclasses
/// are unrelated (an ABC and a bound class, say), so giving every bound type this metaclass would
/// break such subclasses; a sealed class has none. A type the metaclass makes but that has no
/// constructor pointer (none does but the sealed classes it was made for) is called the usual way.</para>
/// </remarks>
public static unsafe partial class ClassBuilder
{
    private static readonly byte* s_vectorcalloffset = NativeText.Persist("__vectorcalloffset__");
    private static readonly byte* s_basicsize = NativeText.Persist("__basicsize__");

    // The metaclass, created on first use (null before 3.12, or if creating it failed), and the
    // offset of the constructor pointer inside the type objects it makes. The GIL serializes both.
    private static PyTypeObject* s_sealedMetaclass;
    private static nint s_constructorOffset;
    private static bool s_sealedMetaclassTried;

    /// <summary>
    /// <c>PyType_FromMetaclass</c> with the sealed-class metaclass, storing <paramref name="constructor"/>
    /// in the new type; or <c>PyType_FromSpecWithBases</c> where that metaclass does not exist. New
    /// reference, or null with an error set.
    /// </summary>
    private static PyObject* FromSpecWithConstructor(PyType_Spec* typeSpec, PyObject* bases, void* constructor)
    {
        PyTypeObject* metaclass = constructor == null ? null : SealedMetaclass();
        if (metaclass == null)
        {
            return CPython.PyType_FromSpecWithBases(typeSpec, bases);
        }
        PyObject* type = CPython.PyType_FromMetaclass(metaclass, null, typeSpec, bases);
        if (type == null)
        {
            // Not expected (a sealed class's bases are plain types), but the usual way still works.
            CPython.PyErr_Clear();
            return CPython.PyType_FromSpecWithBases(typeSpec, bases);
        }
        // Safe: type's type is the metaclass, whose instances end with this pointer (its basicsize is
        // type's plus one pointer, at s_constructorOffset); the GIL is held.
        *(void**)((byte*)type + s_constructorOffset) = constructor;
        return type;
    }

    // The metaclass, or null (no error set) when this Python has no PyType_FromMetaclass or making it
    // failed; sealed types are then made the usual way.
    private static PyTypeObject* SealedMetaclass()
    {
        if (s_sealedMetaclassTried)
        {
            return s_sealedMetaclass;
        }
        s_sealedMetaclassTried = true;
        if (CPython.PyType_FromMetaclass == null)
        {
            return null;
        }
        // type's instance size is not part of the stable ABI, but type.__basicsize__ tells it: the
        // pointer goes right after, where a positive basicsize puts a subclass's own fields.
        PyObject* size = CPython.PyObject_GetAttrString((PyObject*)CPython.PyType_Type, s_basicsize);
        if (size == null || !FromPython.TryInt64(size, out long typeSize))
        {
            CPython.Py_XDecRef(size);
            CPython.PyErr_Clear();
            return null;
        }
        CPython.Py_DecRef(size);
        var members = (PyMemberDef*)NativeMemory.AllocZeroed(2, (nuint)sizeof(PyMemberDef));
        members[0] = OffsetMember(s_vectorcalloffset, (int)typeSize);
        var slots = (PyType_Slot*)NativeMemory.AllocZeroed(3, (nuint)sizeof(PyType_Slot));
        slots[0] = new PyType_Slot { slot = CPython.Py_tp_members, pfunc = members };
        slots[1] = new PyType_Slot { slot = CPython.Py_tp_doc, pfunc = NativeText.Persist("The type of sealed bound classes (Python 3.12+): it constructs them without an argument tuple.") };
        var spec = (PyType_Spec*)NativeMemory.AllocZeroed((nuint)sizeof(PyType_Spec));
        spec->name = NativeText.Persist("sharpbind.SealedType");
        spec->basicsize = (int)typeSize + sizeof(void*);
        spec->flags = CPython.Py_TPFLAGS_HAVE_VECTORCALL;
        spec->slots = slots;
        PyObject* bases = CPython.PyTuple_New(1);
        if (bases == null)
        {
            CPython.PyErr_Clear();
            return null;
        }
        CPython.Py_IncRef((PyObject*)CPython.PyType_Type);
        CPython.PyTuple_SetItem(bases, 0, (PyObject*)CPython.PyType_Type); // steals the new reference
        var metaclass = (PyTypeObject*)CPython.PyType_FromSpecWithBases(spec, bases);
        CPython.Py_DecRef(bases);
        if (metaclass == null)
        {
            CPython.PyErr_Clear(); // sealed types are then made the usual way
            return null;
        }
        s_constructorOffset = (nint)typeSize;
        s_sealedMetaclass = metaclass; // kept for the life of the process, as the types it makes
        return metaclass;
    }

    /// <summary>
    /// A new instance of <paramref name="type"/> with no C# object attached yet (new reference), or
    /// null with an error set. For generated vectorcall constructors only.
    /// </summary>
    public static PyObject* Allocate(PyObject* type) => CPython.PyType_GenericAlloc((PyTypeObject*)type, 0);

    /// <summary>The positional argument count of a vectorcall's <c>nargsf</c> (<c>PyVectorcall_NARGS</c>). For generated code only.</summary>
    public static nint ArgumentCount(nuint nargsf) => (nint)(nargsf & ~CPython.PY_VECTORCALL_ARGUMENTS_OFFSET);
}
