using System;
using System.ComponentModel;
using SharpBind.Internal.Callbacks;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

// Converters for Action and Func with three and four parameters: the same shape as Delegates.cs's smaller ones.
#pragma warning disable CS1591 // each member is IConverter's, for one delegate shape

/// <summary><c>Action&lt;T1, T2, T3&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ActionConverter<T1, C1, T2, C2, T3, C3> : IConverter<Action<T1, T2, T3>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
{
    public bool TryFrom(PyObject* value, out Action<T1, T2, T3> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Action<T1, T2, T3> Make(PyObject* callable) => new ActionCallback<T1, C1, T2, C2, T3, C3>(callable).Invoke;
    public PyObject* To(Action<T1, T2, T3> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new ActionInvoker<T1, C1, T2, C2, T3, C3>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}, {default(C3).PythonName}], None]";
}

/// <summary><c>Func&lt;T1, T2, T3, TResult&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FuncConverter<T1, C1, T2, C2, T3, C3, TResult, CR> : IConverter<Func<T1, T2, T3, TResult>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where CR : struct, IConverter<TResult>
{
    public bool TryFrom(PyObject* value, out Func<T1, T2, T3, TResult> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Func<T1, T2, T3, TResult> Make(PyObject* callable) => new FuncCallback<T1, C1, T2, C2, T3, C3, TResult, CR>(callable).Invoke;
    public PyObject* To(Func<T1, T2, T3, TResult> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new FuncInvoker<T1, C1, T2, C2, T3, C3, TResult, CR>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}, {default(C3).PythonName}], {default(CR).PythonName}]";
}

/// <summary><c>Action&lt;T1, T2, T3, T4&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ActionConverter<T1, C1, T2, C2, T3, C3, T4, C4> : IConverter<Action<T1, T2, T3, T4>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
{
    public bool TryFrom(PyObject* value, out Action<T1, T2, T3, T4> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Action<T1, T2, T3, T4> Make(PyObject* callable) => new ActionCallback<T1, C1, T2, C2, T3, C3, T4, C4>(callable).Invoke;
    public PyObject* To(Action<T1, T2, T3, T4> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new ActionInvoker<T1, C1, T2, C2, T3, C3, T4, C4>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}, {default(C3).PythonName}, {default(C4).PythonName}], None]";
}

/// <summary><c>Func&lt;T1, T2, T3, T4, TResult&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FuncConverter<T1, C1, T2, C2, T3, C3, T4, C4, TResult, CR> : IConverter<Func<T1, T2, T3, T4, TResult>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where C3 : struct, IConverter<T3>
    where C4 : struct, IConverter<T4>
    where CR : struct, IConverter<TResult>
{
    public bool TryFrom(PyObject* value, out Func<T1, T2, T3, T4, TResult> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Func<T1, T2, T3, T4, TResult> Make(PyObject* callable) => new FuncCallback<T1, C1, T2, C2, T3, C3, T4, C4, TResult, CR>(callable).Invoke;
    public PyObject* To(Func<T1, T2, T3, T4, TResult> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new FuncInvoker<T1, C1, T2, C2, T3, C3, T4, C4, TResult, CR>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}, {default(C3).PythonName}, {default(C4).PythonName}], {default(CR).PythonName}]";
}
