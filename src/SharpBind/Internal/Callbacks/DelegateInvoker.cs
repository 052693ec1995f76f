using System;
using SharpBind.Internal.Converters;
using SharpBind.Interop;

namespace SharpBind.Internal.Callbacks;

/// <summary>
/// Calls a C# delegate with Python arguments (a tuple): converts them, calls, converts the result.
/// For generated code only (the generator writes invokers for the user's own delegate types).
/// </summary>
[System.ComponentModel.EditorBrowsable(System.ComponentModel.EditorBrowsableState.Never)]
public abstract unsafe class DelegateInvoker
{
    /// <summary>The delegate.</summary>
    public abstract Delegate Delegate { get; }

    /// <summary>A new reference, or null with an error set; C# exceptions propagate to the entry point.</summary>
    public abstract PyObject* Call(PyObject* args);

    /// <summary>The <paramref name="index"/>th argument as a <typeparamref name="T"/>; false with a TypeError set.</summary>
    protected static bool Argument<T, TConverter>(PyObject* args, int index, out T value)
        where TConverter : struct, IConverter<T>
    {
        // Safe: args is the call's tuple and the count was checked.
        PyObject* item = CPython.PyTuple_GetItem(args, index);
        if (default(TConverter).TryFrom(item, out value))
        {
            return true;
        }
        if (CPython.PyErr_Occurred() == null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"argument {index + 1} of the C# delegate must be {default(TConverter).PythonName}, not {PyText.TypeName(item)}");
        }
        return false;
    }

    /// <summary>False with a TypeError set unless <paramref name="args"/> has <paramref name="count"/> items.</summary>
    protected static bool Count(PyObject* args, int count)
    {
        nint given = CPython.PyTuple_Size(args);
        if (given == count)
        {
            return true;
        }
        Errors.SetString(CPython.PyExc_TypeError, $"the C# delegate takes {count} argument{(count == 1 ? "" : "s")} ({given} given)");
        return false;
    }
}

internal sealed unsafe class ActionInvoker(Action action) : DelegateInvoker
{
    public override Delegate Delegate => action;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 0))
        {
            return null;
        }
        action();
        return ToPython.None();
    }
}

internal sealed unsafe class ActionInvoker<T1, C1>(Action<T1> action) : DelegateInvoker
    where C1 : struct, IConverter<T1>
{
    public override Delegate Delegate => action;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 1) || !Argument<T1, C1>(args, 0, out T1 a1))
        {
            return null;
        }
        action(a1);
        return ToPython.None();
    }
}

internal sealed unsafe class ActionInvoker<T1, C1, T2, C2>(Action<T1, T2> action) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
{
    public override Delegate Delegate => action;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 2) || !Argument<T1, C1>(args, 0, out T1 a1) || !Argument<T2, C2>(args, 1, out T2 a2))
        {
            return null;
        }
        action(a1, a2);
        return ToPython.None();
    }
}

internal sealed unsafe class FuncInvoker<TResult, CR>(Func<TResult> function) : DelegateInvoker
    where CR : struct, IConverter<TResult>
{
    public override Delegate Delegate => function;

    public override PyObject* Call(PyObject* args) => Count(args, 0) ? default(CR).To(function()) : null;
}

internal sealed unsafe class FuncInvoker<T1, C1, TResult, CR>(Func<T1, TResult> function) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where CR : struct, IConverter<TResult>
{
    public override Delegate Delegate => function;

    public override PyObject* Call(PyObject* args) =>
        Count(args, 1) && Argument<T1, C1>(args, 0, out T1 a1) ? default(CR).To(function(a1)) : null;
}

internal sealed unsafe class FuncInvoker<T1, C1, T2, C2, TResult, CR>(Func<T1, T2, TResult> function) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where CR : struct, IConverter<TResult>
{
    public override Delegate Delegate => function;

    public override PyObject* Call(PyObject* args) =>
        Count(args, 2) && Argument<T1, C1>(args, 0, out T1 a1) && Argument<T2, C2>(args, 1, out T2 a2) ? default(CR).To(function(a1, a2)) : null;
}
