using System.ComponentModel;
using SharpBind.Internal.Converters;
using SharpBind.Interop;

namespace SharpBind.Internal.Callbacks;

/// <summary>
/// A Python callable behind a C# delegate: the delegate is the <c>Invoke</c> method of a subclass,
/// which takes the GIL (from any thread), converts the arguments, calls, and converts the result.
/// A Python exception becomes a <see cref="PythonException"/>; back in Python it is the original.
/// For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract unsafe class PythonCallback
{
    // Owned; released on the Python thread when the delegate is collected (finalizers have no GIL).
    private nint _callable;

    /// <summary>Takes a reference to <paramref name="callable"/>; the GIL is held.</summary>
    protected PythonCallback(PyObject* callable)
    {
        CPython.Py_IncRef(callable); // the caller holds the GIL (a parameter is being converted)
        _callable = (nint)callable;
    }

    /// <summary>The Python callable (borrowed): a delegate that goes back to Python is the callable it came from.</summary>
    internal PyObject* Callable => (PyObject*)_callable;

    /// <summary>Calls with <c>args[1..count]</c> (owned, stolen); the GIL must be held. See <see cref="PythonCalls.CallOwned"/>.</summary>
    protected PyObject* Call(PyObject** args, int count) => PythonCalls.CallOwned(Callable, args, count);

    /// <summary>
    /// The <paramref name="index"/>th argument converted (owned; null with an error set), for
    /// <c>args[index]</c>; when the converter throws (a user's converter), the arguments made before
    /// it, <c>args[1..index-1]</c>, are released first.
    /// </summary>
    protected static PyObject* Argument<T, TConverter>(PyObject** args, int index, T value)
        where TConverter : struct, IConverter<T>
    {
        try
        {
            return default(TConverter).To(value);
        }
        catch
        {
            for (int i = 1; i < index; i++)
            {
                CPython.Py_XDecRef(args[i]);
            }
            throw;
        }
    }

    /// <summary>Converts and releases a result; throws when it is not a <typeparamref name="T"/>.</summary>
    protected static T Result<T, TConverter>(PyObject* result)
        where TConverter : struct, IConverter<T>
    {
        try
        {
            if (default(TConverter).TryFrom(result, out T value))
            {
                return value;
            }
            if (CPython.PyErr_Occurred() == null)
            {
                Errors.SetString(CPython.PyExc_TypeError, $"the callback returned {PyText.TypeName(result)}, expected {default(TConverter).PythonName}");
            }
        }
        finally
        {
            CPython.Py_DecRef(result); // also when a user's converter threw
        }
        throw PythonException.Fetch();
    }

    /// <summary>Queues the reference for release on the main thread.</summary>
    ~PythonCallback()
    {
        PendingDecRefs.Enqueue(_callable);
        _callable = 0;
    }
}

#pragma warning disable CS1591 // the Invoke methods are the delegates' targets; the class summaries say it all

/// <summary>A Python callable as an <c>Action</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ActionCallback : PythonCallback
{
    public ActionCallback(PyObject* callable) : base(callable) { }

    public void Invoke()
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[1];
        CPython.Py_DecRef(Call(args, 0));
    }
}

/// <summary>A Python callable as an <c>Action&lt;T1&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ActionCallback<T1, C1> : PythonCallback
    where C1 : struct, IConverter<T1>
{
    public ActionCallback(PyObject* callable) : base(callable) { }

    public void Invoke(T1 a1)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[2];
        args[1] = default(C1).To(a1);
        CPython.Py_DecRef(Call(args, 1));
    }
}

/// <summary>A Python callable as an <c>Action&lt;T1, T2&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ActionCallback<T1, C1, T2, C2> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
{
    public ActionCallback(PyObject* callable) : base(callable) { }

    public void Invoke(T1 a1, T2 a2)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[3];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        CPython.Py_DecRef(Call(args, 2));
    }
}

/// <summary>A Python callable as a <c>Func&lt;TResult&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FuncCallback<TResult, CR> : PythonCallback
    where CR : struct, IConverter<TResult>
{
    public FuncCallback(PyObject* callable) : base(callable) { }

    public TResult Invoke()
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[1];
        return Result<TResult, CR>(Call(args, 0));
    }
}

/// <summary>A Python callable as a <c>Func&lt;T1, TResult&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FuncCallback<T1, C1, TResult, CR> : PythonCallback
    where C1 : struct, IConverter<T1>
    where CR : struct, IConverter<TResult>
{
    public FuncCallback(PyObject* callable) : base(callable) { }

    public TResult Invoke(T1 a1)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[2];
        args[1] = default(C1).To(a1);
        return Result<TResult, CR>(Call(args, 1));
    }
}

/// <summary>A Python callable as a <c>Func&lt;T1, T2, TResult&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FuncCallback<T1, C1, T2, C2, TResult, CR> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where CR : struct, IConverter<TResult>
{
    public FuncCallback(PyObject* callable) : base(callable) { }

    public TResult Invoke(T1 a1, T2 a2)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[3];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        return Result<TResult, CR>(Call(args, 2));
    }
}
