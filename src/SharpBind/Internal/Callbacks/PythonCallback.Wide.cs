using System.ComponentModel;
using SharpBind.Internal.Converters;
using SharpBind.Interop;

namespace SharpBind.Internal.Callbacks;

// Action and Func with three and four parameters: the same shape as PythonCallback.cs's smaller ones.
#pragma warning disable CS1591 // the Invoke methods are the delegates' targets; the class summaries say it all

/// <summary>A Python callable as an <c>Action&lt;T1, T2, T3&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ActionCallback<T1, C1, T2, C2, T3, C3> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
{
    public ActionCallback(PyObject* callable) : base(callable) { }

    public void Invoke(T1 a1, T2 a2, T3 a3)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[4];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        args[3] = Argument<T3, C3>(args, 3, a3);
        CPython.Py_DecRef(Call(args, 3));
    }
}

/// <summary>A Python callable as an <c>Func&lt;T1, T2, T3, TResult&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FuncCallback<T1, C1, T2, C2, T3, C3, TResult, CR> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where CR : struct, IConverter<TResult>
{
    public FuncCallback(PyObject* callable) : base(callable) { }

    public TResult Invoke(T1 a1, T2 a2, T3 a3)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[4];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        args[3] = Argument<T3, C3>(args, 3, a3);
        return Result<TResult, CR>(Call(args, 3));
    }
}

/// <summary>A Python callable as an <c>Action&lt;T1, T2, T3, T4&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class ActionCallback<T1, C1, T2, C2, T3, C3, T4, C4> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
{
    public ActionCallback(PyObject* callable) : base(callable) { }

    public void Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[5];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        args[3] = Argument<T3, C3>(args, 3, a3);
        args[4] = Argument<T4, C4>(args, 4, a4);
        CPython.Py_DecRef(Call(args, 4));
    }
}

/// <summary>A Python callable as an <c>Func&lt;T1, T2, T3, T4, TResult&gt;</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed unsafe class FuncCallback<T1, C1, T2, C2, T3, C3, T4, C4, TResult, CR> : PythonCallback
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
    where CR : struct, IConverter<TResult>
{
    public FuncCallback(PyObject* callable) : base(callable) { }

    public TResult Invoke(T1 a1, T2 a2, T3 a3, T4 a4)
    {
        using Gil.Acquired gil = Gil.Acquire();
        PyObject** args = stackalloc PyObject*[5];
        args[1] = default(C1).To(a1);
        args[2] = Argument<T2, C2>(args, 2, a2);
        args[3] = Argument<T3, C3>(args, 3, a3);
        args[4] = Argument<T4, C4>(args, 4, a4);
        return Result<TResult, CR>(Call(args, 4));
    }
}
