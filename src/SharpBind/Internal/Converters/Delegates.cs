using System;
using System.ComponentModel;
using SharpBind.Internal.Callbacks;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// What the delegate converters share: a Python callable becomes a C# delegate over a
/// <see cref="PythonCallback"/>, a C# delegate becomes a <c>sharpbind.Delegate</c>; and each
/// round trip gives back the original (the same Python callable, the same C# delegate). For
/// generated code only (the generator writes converters for the user's own delegate types).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class DelegateConversion
{
    /// <summary>
    /// The delegate for <paramref name="value"/>: the original C# delegate when it is one of ours and
    /// of type <typeparamref name="TDelegate"/>, else a new one made by <paramref name="make"/>;
    /// false (no error) when the value is not callable.
    /// </summary>
    public static bool TryFrom<TDelegate>(PyObject* value, delegate*<PyObject*, TDelegate> make, out TDelegate result)
        where TDelegate : Delegate
    {
        if (DelegateObject.TryUnwrap(value, out Delegate original) && original is TDelegate same)
        {
            result = same;
            return true;
        }
        if (CPython.PyCallable_Check(value) == 0)
        {
            result = null!;
            return false;
        }
        PendingDecRefs.DrainIfPending(); // callbacks C# let go of, released before making another
        result = make(value);
        return true;
    }

    /// <summary>
    /// None for null, and the original Python callable for a delegate that came from Python (new
    /// references); false for any other delegate, which the caller wraps.
    /// </summary>
    public static bool TryOriginal(Delegate? value, out PyObject* result)
    {
        if (value is null)
        {
            result = ToPython.None();
            return true;
        }
        if (value.Target is PythonCallback callback)
        {
            CPython.Py_IncRef(callback.Callable);
            result = callback.Callable;
            return true;
        }
        result = null;
        return false;
    }
}

#pragma warning disable CS1591 // each member is IConverter's, for one delegate shape

/// <summary><c>Action</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ActionConverter : IConverter<Action>
{
    public bool TryFrom(PyObject* value, out Action result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Action Make(PyObject* callable) => new ActionCallback(callable).Invoke;
    public PyObject* To(Action value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new ActionInvoker(value));
    public string PythonName => "Callable[[], None]";
}

/// <summary><c>Action&lt;T1&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ActionConverter<T1, C1> : IConverter<Action<T1>>
    where C1 : struct, IConverter<T1>
{
    public bool TryFrom(PyObject* value, out Action<T1> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Action<T1> Make(PyObject* callable) => new ActionCallback<T1, C1>(callable).Invoke;
    public PyObject* To(Action<T1> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new ActionInvoker<T1, C1>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}], None]";
}

/// <summary><c>Action&lt;T1, T2&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct ActionConverter<T1, C1, T2, C2> : IConverter<Action<T1, T2>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
{
    public bool TryFrom(PyObject* value, out Action<T1, T2> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Action<T1, T2> Make(PyObject* callable) => new ActionCallback<T1, C1, T2, C2>(callable).Invoke;
    public PyObject* To(Action<T1, T2> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new ActionInvoker<T1, C1, T2, C2>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}], None]";
}

/// <summary><c>Func&lt;TResult&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FuncConverter<TResult, CR> : IConverter<Func<TResult>>
    where CR : struct, IConverter<TResult>
{
    public bool TryFrom(PyObject* value, out Func<TResult> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Func<TResult> Make(PyObject* callable) => new FuncCallback<TResult, CR>(callable).Invoke;
    public PyObject* To(Func<TResult> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new FuncInvoker<TResult, CR>(value));
    public string PythonName => $"Callable[[], {default(CR).PythonName}]";
}

/// <summary><c>Func&lt;T1, TResult&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FuncConverter<T1, C1, TResult, CR> : IConverter<Func<T1, TResult>>
    where C1 : struct, IConverter<T1>
    where CR : struct, IConverter<TResult>
{
    public bool TryFrom(PyObject* value, out Func<T1, TResult> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Func<T1, TResult> Make(PyObject* callable) => new FuncCallback<T1, C1, TResult, CR>(callable).Invoke;
    public PyObject* To(Func<T1, TResult> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new FuncInvoker<T1, C1, TResult, CR>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}], {default(CR).PythonName}]";
}

/// <summary><c>Func&lt;T1, T2, TResult&gt;</c> ↔ a callable.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FuncConverter<T1, C1, T2, C2, TResult, CR> : IConverter<Func<T1, T2, TResult>>
    where C1 : struct, IConverter<T1>
    where C2 : struct, IConverter<T2>
    where CR : struct, IConverter<TResult>
{
    public bool TryFrom(PyObject* value, out Func<T1, T2, TResult> result) => DelegateConversion.TryFrom(value, &Make, out result);
    private static Func<T1, T2, TResult> Make(PyObject* callable) => new FuncCallback<T1, C1, T2, C2, TResult, CR>(callable).Invoke;
    public PyObject* To(Func<T1, T2, TResult> value) =>
        DelegateConversion.TryOriginal(value, out PyObject* original) ? original : DelegateObject.Wrap(new FuncInvoker<T1, C1, T2, C2, TResult, CR>(value));
    public string PythonName => $"Callable[[{default(C1).PythonName}, {default(C2).PythonName}], {default(CR).PythonName}]";
}
