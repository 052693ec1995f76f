using System;
using SharpBind.Internal.Converters;
using SharpBind.Interop;

namespace SharpBind.Internal.Callbacks;

// Invokers for Action and Func with three and four parameters: the same shape as DelegateInvoker.cs's smaller ones.

internal sealed unsafe class ActionInvoker<T1, C1, T2, C2, T3, C3>(Action<T1, T2, T3> action) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
{
    public override Delegate Delegate => action;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 3) || !Argument<T1, C1>(args, 0, out T1 a1) || !Argument<T2, C2>(args, 1, out T2 a2) || !Argument<T3, C3>(args, 2, out T3 a3))
        {
            return null;
        }
        action(a1, a2, a3);
        return ToPython.None();
    }
}

internal sealed unsafe class FuncInvoker<T1, C1, T2, C2, T3, C3, TResult, CR>(Func<T1, T2, T3, TResult> function) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where CR : struct, IConverter<TResult>
{
    public override Delegate Delegate => function;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 3) || !Argument<T1, C1>(args, 0, out T1 a1) || !Argument<T2, C2>(args, 1, out T2 a2) || !Argument<T3, C3>(args, 2, out T3 a3))
        {
            return null;
        }
        return default(CR).To(function(a1, a2, a3));
    }
}

internal sealed unsafe class ActionInvoker<T1, C1, T2, C2, T3, C3, T4, C4>(Action<T1, T2, T3, T4> action) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
{
    public override Delegate Delegate => action;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 4) || !Argument<T1, C1>(args, 0, out T1 a1) || !Argument<T2, C2>(args, 1, out T2 a2) || !Argument<T3, C3>(args, 2, out T3 a3) || !Argument<T4, C4>(args, 3, out T4 a4))
        {
            return null;
        }
        action(a1, a2, a3, a4);
        return ToPython.None();
    }
}

internal sealed unsafe class FuncInvoker<T1, C1, T2, C2, T3, C3, T4, C4, TResult, CR>(Func<T1, T2, T3, T4, TResult> function) : DelegateInvoker
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
    where CR : struct, IConverter<TResult>
{
    public override Delegate Delegate => function;

    public override PyObject* Call(PyObject* args)
    {
        if (!Count(args, 4) || !Argument<T1, C1>(args, 0, out T1 a1) || !Argument<T2, C2>(args, 1, out T2 a2) || !Argument<T3, C3>(args, 2, out T3 a3) || !Argument<T4, C4>(args, 3, out T4 a4))
        {
            return null;
        }
        return default(CR).To(function(a1, a2, a3, a4));
    }
}
