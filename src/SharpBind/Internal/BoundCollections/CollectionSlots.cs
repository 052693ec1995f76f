using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>The Python methods of bound collections; each <see cref="CollectionOps"/> subclass handles its own.</summary>
internal enum CollectionMethod
{
    Append, Extend, Insert, Pop, Remove, Clear, Index, Count, Reverse, Copy, Reversed,
    Keys, Values, Items, Get, PopItem, SetDefault, Update,
}

/// <summary>
/// The <c>[UnmanagedCallersOnly]</c> slot functions and methods every bound collection type shares.
/// Each finds the C# collection behind <c>self</c> and the operations of its type, then calls them;
/// none lets a managed exception escape (they become Python exceptions: an
/// <c>InvalidOperationException</c>, such as "Collection was modified" from an enumerator, is a RuntimeError).
/// </summary>
/// <remarks>
/// Why the pointer work is safe: CPython calls slots and methods with the GIL held, and only with a
/// <c>self</c> of the type they belong to (it checks the descriptor's type first), so <c>self</c> has the
/// bound-instance layout that <see cref="ClassBuilder.Target"/> reads and a registered
/// <see cref="CollectionOps"/>. Arguments are borrowed references that live for the call.
/// </remarks>
internal static unsafe class CollectionSlots
{
    // self's C# collection and operations; null with a TypeError set when __init__ never ran (an
    // instance made with __new__ alone). CPython only calls these slots with instances of the type.
    private static object? Target(PyObject* self, out CollectionOps ops)
    {
        ops = CollectionOps.Of(self)!;
        object? target = ClassBuilder.Target(self);
        if (target is null)
        {
            Errors.SetString(CPython.PyExc_TypeError, $"{ops.Name}.__init__() was never called");
        }
        return target;
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static int Init(PyObject* self, PyObject* args, PyObject* kwargs)
    {
        try
        {
            object? collection = CollectionOps.Of(self)!.Create(args, kwargs);
            if (collection is null)
            {
                return -1;
            }
            ClassBuilder.Attach(self, collection);
            return 0;
        }
        catch (Exception exception)
        {
            Errors.Raise(exception, null);
            return -1;
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static nint Length(PyObject* self)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? -1 : ops.Length(target);
        }
        catch (Exception exception)
        {
            Errors.Raise(exception, null);
            return -1;
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* GetItem(PyObject* self, PyObject* key)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? null : ops.GetItem(self, target, key);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // sq_item: CPython has already added the length to a negative index (PySequence_GetItem), so one
    // still negative is out of range (GetItem would count it from the end a second time).
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* SequenceItem(PyObject* self, nint index)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            if (target is null)
            {
                return null;
            }
            if (index < 0)
            {
                Errors.SetString(CPython.PyExc_IndexError, $"{ops.Name} index out of range");
                return null;
            }
            PyObject* key = CPython.PyLong_FromLongLong(index);
            PyObject* item = key == null ? null : ops.GetItem(self, target, key);
            CPython.Py_XDecRef(key);
            return item;
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static int SetItem(PyObject* self, PyObject* key, PyObject* value)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? -1 : ops.SetItem(target, key, value);
        }
        catch (Exception exception)
        {
            Errors.Raise(exception, null);
            return -1;
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static int Contains(PyObject* self, PyObject* value)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? -1 : ops.Contains(target, value);
        }
        catch (Exception exception)
        {
            Errors.Raise(exception, null);
            return -1;
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Iter(PyObject* self)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? null : ops.Iterate(target);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // repr: PetList([...]) / Counts({...}), the elements as Python shows them.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Repr(PyObject* self)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            PyObject* plain = target is null ? null : ops.ToPlain(target);
            string? text = plain == null ? null : PyText.Repr(plain);
            CPython.Py_XDecRef(plain);
            return text is null ? null : PyStrings.FromManaged($"{ops.Name}({text})");
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* RichCompare(PyObject* self, PyObject* other, int op)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? null : ops.Compare(target, other, op);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // += on a list: extend, then self.
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* InplaceConcat(PyObject* self, PyObject* other)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            PyObject* none = target is null ? null : ops.Call((int)CollectionMethod.Extend, self, target, &other, 1, null);
            if (none == null)
            {
                return null;
            }
            CPython.Py_DecRef(none);
            CPython.Py_IncRef(self);
            return self;
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    private static PyObject* Dispatch(CollectionMethod method, PyObject* self, PyObject** args, nint nargs, PyObject* kwnames)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? null : ops.Call((int)method, self, target, args, nargs, kwnames);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Reduce(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames)
    {
        try
        {
            object? target = Target(self, out CollectionOps ops);
            return target is null ? null : ops.Reduce(self, target, nargs, kwnames);
        }
        catch (Exception exception)
        {
            return Errors.Raise(exception, null);
        }
    }

    // One METH_FASTCALL | METH_KEYWORDS entry point per method name (a PyMethodDef has no closure).
#pragma warning disable SA1600, CS1591
    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Append(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Append, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Extend(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Extend, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Insert(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Insert, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Pop(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Pop, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Remove(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Remove, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Clear(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Clear, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Index(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Index, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Count(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Count, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Reverse(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Reverse, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Copy(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Copy, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Reversed(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Reversed, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Keys(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Keys, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Values(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Values, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Items(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Items, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Get(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Get, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* PopItem(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.PopItem, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* SetDefault(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.SetDefault, self, args, nargs, kwnames);

    [UnmanagedCallersOnly(CallConvs = new[] { typeof(CallConvCdecl) })]
    public static PyObject* Update(PyObject* self, PyObject** args, nint nargs, PyObject* kwnames) => Dispatch(CollectionMethod.Update, self, args, nargs, kwnames);
#pragma warning restore SA1600, CS1591
}
