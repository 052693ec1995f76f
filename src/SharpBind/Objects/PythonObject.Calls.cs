using System;
using System.Runtime.CompilerServices;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

public unsafe partial class PythonObject
{
    /// <summary><c>self(*args)</c>; a null argument stands for None.</summary>
    public PythonObject Call(params ReadOnlySpan<PythonObject?> args)
    {
        PyObject* result = CallRaw(Handle, args, null);
        GC.KeepAlive(this); // see Handle: the callable stays referenced until the call returns
        return new(Check(result));
    }

    /// <summary><c>self(*args, **kwargs)</c>; <paramref name="kwargs"/> maps str names to values.</summary>
    public PythonObject Call(ReadOnlySpan<PythonObject?> args, PythonDict? kwargs)
    {
        PyObject* result = CallRaw(Handle, args, kwargs is null ? null : kwargs.Handle);
        GC.KeepAlive(this);
        GC.KeepAlive(kwargs);
        return new(Check(result));
    }

    /// <summary><c>self.name(*args)</c>.</summary>
    public PythonObject CallMethod(string name, params ReadOnlySpan<PythonObject?> args)
    {
        using PythonObject method = GetAttr(name);
        return method.Call(args);
    }

    /// <summary><c>self.name(*args, **kwargs)</c>.</summary>
    public PythonObject CallMethod(string name, ReadOnlySpan<PythonObject?> args, PythonDict? kwargs)
    {
        using PythonObject method = GetAttr(name);
        return method.Call(args, kwargs);
    }

    /// <summary>Whether the object can be called (<c>callable(self)</c>).</summary>
    public bool IsCallable => CPython.PyCallable_Check(Handle) == 1;

    /// <summary><c>self()</c> with the result converted to <typeparamref name="TResult"/>; allocates no handle.</summary>
    public TResult Invoke<TResult>()
    {
        PyObject* result = CallRaw(Handle, default, null);
        GC.KeepAlive(this);
        return Converter.Consume<TResult>(result);
    }

    /// <summary><c>self(a)</c>, converting the argument with <see cref="From{T}"/> and the result with <see cref="As{T}"/>; allocates no handle.</summary>
    public TResult Invoke<T1, TResult>(T1 a)
    {
        PyObject* callable = Handle;
        PyObject* x = Check(Converter.ToPython(a));
        PyObject* result = Call1Stealing<T1>(callable, x);
        GC.KeepAlive(this);
        return Converter.Consume<TResult>(result);
    }

    /// <summary><c>self(a, b)</c>, converting the arguments with <see cref="From{T}"/> and the result with <see cref="As{T}"/>; allocates no handle.</summary>
    public TResult Invoke<T1, T2, TResult>(T1 a, T2 b)
    {
        PyObject* callable = Handle;
        if (CPython.PyObject_Vectorcall != null && a is PythonObject first && b is PythonObject second)
        {
            // Two existing objects go in borrowed, as C passes them: no reference is taken or released.
            // (The type tests are constant false when the JIT compiles a value-type instantiation.)
            ThreeSlots slots = new() { Spare = null, First = first.Handle, Second = second.Handle };
            PyObject* called = CPython.PyObject_Vectorcall(callable, &slots.First, 2 | CPython.PY_VECTORCALL_ARGUMENTS_OFFSET, null);
            GC.KeepAlive(this); // see Handle: the callable and both arguments stay referenced until the call returns
            GC.KeepAlive(first);
            GC.KeepAlive(second);
            return Converter.Consume<TResult>(called);
        }
        PyObject* x = Check(Converter.ToPython(a));
        // The handler that releases x when the second conversion throws costs about 3 ns a call: it is
        // left out for the conversions that cannot throw.
        PyObject* y = ConvertsWithoutThrowing(b) ? Converter.ToPython(b) : ConvertSecond<T1, T2>(x, b);
        if (y == null)
        {
            Converter.Release<T1>(x);
            ThrowPending();
        }
        PyObject* result = Call2Stealing<T1, T2>(callable, x, y);
        GC.KeepAlive(this);
        return Converter.Consume<TResult>(result);
    }

    /// <summary><c>self(a, b, c)</c>, converting as <see cref="Invoke{T1, T2, TResult}"/> does.</summary>
    public TResult Invoke<T1, T2, T3, TResult>(T1 a, T2 b, T3 c)
    {
        using PythonObject x = From(a), y = From(b), z = From(c);
        PyObject* result = CallRaw(Handle, [x, y, z], null);
        GC.KeepAlive(this);
        return Converter.Consume<TResult>(result);
    }

    /// <summary>
    /// Converts <paramref name="b"/> after <paramref name="x"/> (owned) was converted; when the
    /// conversion throws (a disposed handle, a collection whose enumerator throws), releases
    /// <paramref name="x"/> first. A new reference, or null with an error set.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static PyObject* ConvertSecond<T1, T2>(PyObject* x, T2 b)
    {
        try
        {
            return Converter.ToPython(b);
        }
        catch
        {
            Converter.Release<T1>(x);
            throw;
        }
    }

    /// <summary>
    /// Whether <see cref="Converter.ToPython{T}"/> cannot throw for <paramref name="value"/>: the
    /// machine numbers and bool (decided when the JIT compiles the value-type instantiation), and a
    /// live handle. Everything else (a disposed handle, collections, a user's converter) may throw.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool ConvertsWithoutThrowing<T>(T value) =>
        typeof(T) == typeof(long) || typeof(T) == typeof(int) || typeof(T) == typeof(double) || typeof(T) == typeof(bool)
        || value is PythonObject { IsDisposed: false };

    /// <summary>Throws <see cref="ObjectDisposedException"/> when one of <paramref name="items"/> is disposed (null is None, fine).</summary>
    internal static void ThrowIfAnyDisposed(ReadOnlySpan<PythonObject?> items)
    {
        foreach (PythonObject? item in items)
        {
            if (item is not null && item._reference == null)
            {
                ThrowDisposed();
            }
        }
    }

    // Up to this many positional arguments go on the stack for vectorcall (3.12+).
    private const int StackArguments = 8;

    /// <summary>Calls with borrowed arguments; a new reference, or null with an error set.</summary>
    internal static PyObject* CallRaw(PyObject* callable, ReadOnlySpan<PythonObject?> args, PyObject* kwargs)
    {
        int count = args.Length;
        if (kwargs == null && count <= StackArguments && CPython.PyObject_Vectorcall != null)
        {
            return Vectorcall(callable, args);
        }
        // Checked before the tuple is taken: a disposed argument throwing half-way through filling it
        // would leak the tuple and the references already in it.
        ThrowIfAnyDisposed(args);
        PyObject* tuple = ArgumentTuples.Take(count);
        if (tuple == null)
        {
            return null;
        }
        for (int i = 0; i < count; i++)
        {
            PyObject* item = Borrow(args[i]); // cannot throw: checked above
            CPython.Py_IncRef(item);
            CPython.PyTuple_SetItem(tuple, i, item); // steals; the tuple is ours alone and the slot empty
        }
        PyObject* result = CPython.PyObject_Call(callable, tuple, kwargs);
        ArgumentTuples.Return(tuple, count);
        return result;
    }

    /// <summary>Vectorcall with borrowed arguments (at most <see cref="StackArguments"/>); 3.12+.</summary>
    private static PyObject* Vectorcall(PyObject* callable, ReadOnlySpan<PythonObject?> args)
    {
        // One spare slot in front: PY_VECTORCALL_ARGUMENTS_OFFSET lets the callee use it (bound methods do).
        ArgumentStack slots = default;
        PyObject** stack = (PyObject**)&slots;
        for (int i = 0; i < args.Length; i++)
        {
            stack[i + 1] = Borrow(args[i]);
        }
        PyObject* result = CPython.PyObject_Vectorcall(callable, stack + 1, (nuint)args.Length | CPython.PY_VECTORCALL_ARGUMENTS_OFFSET, null);
        // The arguments are borrowed: their handles (and the caller's span) stay referenced until the call returns.
        foreach (PythonObject? argument in args)
        {
            GC.KeepAlive(argument);
        }
        return result;
    }

    /// <summary>
    /// Calls with one argument, converted from a <typeparamref name="T1"/>, whose reference it takes
    /// over; a new reference, or null with an error set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject* Call1Stealing<T1>(PyObject* callable, PyObject* a)
    {
        if (CPython.PyObject_Vectorcall != null)
        {
            TwoSlots slots = new() { Spare = null, Argument = a };
            PyObject* result = CPython.PyObject_Vectorcall(callable, &slots.Argument, 1 | CPython.PY_VECTORCALL_ARGUMENTS_OFFSET, null);
            Converter.Release<T1>(a);
            return result;
        }
        PyObject* tuple = ArgumentTuples.Take(1);
        if (tuple == null)
        {
            Converter.Release<T1>(a);
            return null;
        }
        CPython.PyTuple_SetItem(tuple, 0, a); // steals a
        PyObject* called = CPython.PyObject_Call(callable, tuple, null);
        ArgumentTuples.Return(tuple, 1); // releasing may run deferred destructors: keeps the transition
        return called;
    }

    /// <summary>
    /// Calls with two arguments, converted from a <typeparamref name="T1"/> and a <typeparamref name="T2"/>,
    /// whose references it takes over; a new reference, or null with an error set.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static PyObject* Call2Stealing<T1, T2>(PyObject* callable, PyObject* a, PyObject* b)
    {
        if (CPython.PyObject_Vectorcall != null)
        {
            ThreeSlots slots = new() { Spare = null, First = a, Second = b };
            PyObject* result = CPython.PyObject_Vectorcall(callable, &slots.First, 2 | CPython.PY_VECTORCALL_ARGUMENTS_OFFSET, null);
            Converter.Release<T1>(a);
            Converter.Release<T2>(b);
            return result;
        }
        PyObject* tuple = ArgumentTuples.Take(2);
        if (tuple == null)
        {
            Converter.Release<T1>(a);
            Converter.Release<T2>(b);
            return null;
        }
        CPython.PyTuple_SetItem(tuple, 0, a); // steals a and b
        CPython.PyTuple_SetItem(tuple, 1, b);
        PyObject* called = CPython.PyObject_Call(callable, tuple, null);
        ArgumentTuples.Return(tuple, 2);
        return called;
    }

    // Vectorcall argument arrays as plain locals, with the spare slot first. Not stackalloc: the JIT
    // keeps P/Invoke transitions inline only in methods without a dynamic stack allocation, and the
    // helper-based transitions it falls back to cost more than the call itself.
    [InlineArray(StackArguments + 1)]
    private struct ArgumentStack
    {
        private nint _slot;
    }

    private struct TwoSlots
    {
        public PyObject* Spare;
        public PyObject* Argument;
    }

    private struct ThreeSlots
    {
        public PyObject* Spare;
        public PyObject* First;
        public PyObject* Second;
    }
}
