using System;
using System.ComponentModel;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>One function of a module's method table, as the generator describes it.</summary>
/// <remarks>For generated code only.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly unsafe struct MethodDefinition
{
    /// <summary>Describes a <c>METH_FASTCALL | METH_KEYWORDS</c> function.</summary>
    /// <param name="name">The Python name.</param>
    /// <param name="function">The <c>[UnmanagedCallersOnly]</c> entry point.</param>
    /// <param name="doc">The docstring, optionally starting with a <c>name(sig)\n--\n\n</c> text signature.</param>
    /// <param name="flags">Extra <c>METH_*</c> flags, such as <c>METH_STATIC</c> for a static method of a class.</param>
    public MethodDefinition(string name, delegate* unmanaged[Cdecl]<PyObject*, PyObject**, nint, PyObject*, PyObject*> function, string? doc, int flags = 0)
    {
        Name = name;
        Function = function;
        Doc = doc;
        Flags = flags;
    }

    /// <summary>Extra <c>METH_*</c> flags.</summary>
    public int Flags { get; }

    /// <summary>The Python name.</summary>
    public string Name { get; }

    /// <summary>The entry point.</summary>
    public delegate* unmanaged[Cdecl]<PyObject*, PyObject**, nint, PyObject*, PyObject*> Function { get; }

    /// <summary>The docstring.</summary>
    public string? Doc { get; }
}

/// <summary>
/// Creates the module object in a generated <c>PyInit_</c> function. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class ModuleBuilder
{
    /// <summary>
    /// Creates a single-phase module with <paramref name="methods"/>. The method table and the
    /// module definition are allocated once and never freed: CPython refers to them for the life of
    /// the process. Returns a new reference, or null with a Python error set.
    /// </summary>
    public static PyObject* Create(string name, string? doc, ReadOnlySpan<MethodDefinition> methods)
    {
        var definition = (PyModuleDef*)NativeMemory.AllocZeroed((nuint)sizeof(PyModuleDef));
        definition->ob_base.ob_refcnt = 1; // PyModuleDef_HEAD_INIT
        definition->m_name = NativeText.Persist(name);
        definition->m_doc = NativeText.Persist(doc);
        definition->m_size = -1;
        definition->m_methods = MethodTable(methods);
        return CPython.PyModule_Create2(definition, CPython.PYTHON_ABI_VERSION);
    }

    /// <summary>A zero-terminated <c>PyMethodDef</c> array in native memory that is never freed.</summary>
    internal static PyMethodDef* MethodTable(ReadOnlySpan<MethodDefinition> methods)
    {
        var table = (PyMethodDef*)NativeMemory.AllocZeroed((nuint)(methods.Length + 1), (nuint)sizeof(PyMethodDef));
        for (int i = 0; i < methods.Length; i++)
        {
            table[i].ml_name = NativeText.Persist(methods[i].Name);
            table[i].ml_meth = methods[i].Function;
            table[i].ml_flags = CPython.METH_FASTCALL | CPython.METH_KEYWORDS | methods[i].Flags;
            table[i].ml_doc = NativeText.Persist(methods[i].Doc);
        }
        return table; // the zeroed last entry terminates the table
    }

    /// <summary>
    /// Sets <c>module.name = value</c>, consuming the <paramref name="value"/> reference. A null
    /// value means its conversion failed (error pending). Returns false with a Python error set.
    /// </summary>
    public static bool AddAttribute(PyObject* module, string name, PyObject* value)
    {
        if (value == null)
        {
            return false;
        }
        byte* utf8 = stackalloc byte[System.Text.Encoding.UTF8.GetMaxByteCount(name.Length) + 1];
        int length = System.Text.Encoding.UTF8.GetBytes(name, new Span<byte>(utf8, name.Length * 3 + 3));
        utf8[length] = 0;
        int status = CPython.PyObject_SetAttrString(module, utf8, value);
        CPython.Py_DecRef(value);
        return status == 0;
    }
}
