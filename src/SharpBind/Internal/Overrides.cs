using System;
using System.ComponentModel;
using System.Runtime.CompilerServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// What a generated proxy's override does: find the Python override, call it, convert what it
/// returns. Also the "base call" marker that keeps <c>super().go()</c> in Python from dispatching
/// straight back to the Python override. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class Overrides
{
    // The proxy whose next virtual call must run the C# implementation: set while a bound method
    // called from Python runs on a proxy (Python asked for the C# method by name, as super() does).
    [ThreadStatic]
    private static object? t_baseCallTarget;

    private static PyTypeObject* s_functionType;

    /// <summary>Marks <paramref name="target"/>'s next virtual call as a base call when it is a proxy; dispose to clear.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static BaseCallScope BaseCall(object target)
    {
        if (target is not IPythonProxy)
        {
            return default;
        }
        t_baseCallTarget = target;
        return new BaseCallScope(true);
    }

    /// <summary>Clears the base-call marker on dispose.</summary>
    public readonly struct BaseCallScope : IDisposable
    {
        private readonly bool _set;

        internal BaseCallScope(bool set) => _set = set;

        /// <summary>Clears the marker if this scope set it.</summary>
        public void Dispose()
        {
            if (_set)
            {
                t_baseCallTarget = null;
            }
        }
    }

    /// <summary>
    /// True (once) when <paramref name="proxy"/>'s current virtual call came from Python asking for the
    /// C# implementation; the override then runs <c>base</c>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TakeBaseCall(object proxy)
    {
        if (t_baseCallTarget is null || !ReferenceEquals(t_baseCallTarget, proxy))
        {
            return false;
        }
        t_baseCallTarget = null;
        return true;
    }

    /// <summary>
    /// The Python override of <paramref name="member"/> for <paramref name="state"/>'s object (new
    /// reference), or null when Python does not override it. With <paramref name="prependSelf"/> the
    /// result is a plain function to call with <c>self</c> first; otherwise it is already bound.
    /// The GIL must be held. Throws <see cref="PythonException"/> when the lookup itself fails.
    /// </summary>
    public static PyObject* Find(ProxyState state, PythonOverride member, out bool prependSelf)
    {
        prependSelf = false;
        var self = (PyObject*)state.Self;
        if (self == null)
        {
            return null; // the Python half is gone: only the C# behaviour is left
        }
        PyObject* found = CPython.PyObject_GetAttr((PyObject*)self->ob_type, member.PythonName);
        if (found == null)
        {
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_AttributeError) == 0)
            {
                throw PythonException.Fetch();
            }
            CPython.PyErr_Clear();
            return null;
        }
        if ((nint)found == member.Native)
        {
            CPython.Py_DecRef(found);
            return null;
        }
        // Python code is about to see self: make sure C# cannot drop the proxy under it.
        ClassBuilder.Share(state);
        if (found->ob_type == FunctionType())
        {
            prependSelf = true;
            return found;
        }
        // Another kind of attribute (staticmethod, a callable object): let the descriptor protocol bind it.
        CPython.Py_DecRef(found);
        PyObject* bound = CPython.PyObject_GetAttr(self, member.PythonName);
        if (bound == null)
        {
            throw PythonException.Fetch();
        }
        return bound;
    }

    /// <summary>
    /// Calls <paramref name="function"/> with <c>args[1..count]</c> (and <c>self</c> in <c>args[0]</c>
    /// when <paramref name="prependSelf"/>): returns the result (new reference). Steals
    /// <paramref name="function"/> and the arguments; a null argument means its conversion failed, and
    /// the pending error is thrown as a <see cref="PythonException"/>, as is an error from the call.
    /// </summary>
    public static PyObject* Call(ProxyState state, PyObject* function, bool prependSelf, PyObject** args, int count)
    {
        PyObject* result = null;
        bool converted = true;
        for (int i = 1; i <= count; i++)
        {
            converted &= args[i] != null;
        }
        if (converted)
        {
            args[0] = (PyObject*)state.Self; // borrowed: the caller's Find made sure it is alive
            result = prependSelf ? PythonCalls.Call(function, args, 0, count + 1) : PythonCalls.Call(function, args, 1, count);
        }
        CPython.Py_DecRef(function);
        for (int i = 1; i <= count; i++)
        {
            CPython.Py_XDecRef(args[i]);
        }
        if (result == null)
        {
            throw PythonException.Fetch();
        }
        return result;
    }

    /// <summary>
    /// The exception for an override whose result (consumed here) is not a <paramref name="expected"/>:
    /// the conversion's own error if it set one, else a TypeError naming the override.
    /// </summary>
    public static PythonException BadReturn(PyObject* result, string method, string expected)
    {
        if (CPython.PyErr_Occurred() == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{method}() override returned {PyText.TypeName(result)}, expected {expected}");
        }
        CPython.Py_DecRef(result);
        return PythonException.Fetch();
    }

    /// <summary>The exception for calling an abstract member that the Python class does not define.</summary>
    public static NotImplementedException NotOverridden(string member) =>
        new($"{member}() is abstract: the Python subclass must define it");

    private static PyTypeObject* FunctionType()
    {
        if (s_functionType == null)
        {
            // types.FunctionType, looked up once (GIL held). Failing that, every override is bound
            // through the slower generic path.
            PyObject* types = CPython.PyImport_ImportModule(NativeText.Persist("types"));
            PyObject* function = types == null ? null : CPython.PyObject_GetAttrString(types, NativeText.Persist("FunctionType"));
            CPython.Py_XDecRef(types);
            if (function == null)
            {
                CPython.PyErr_Clear();
                function = (PyObject*)1; // matches no object's type
            }
            s_functionType = (PyTypeObject*)function; // owned forever
        }
        return s_functionType;
    }
}
