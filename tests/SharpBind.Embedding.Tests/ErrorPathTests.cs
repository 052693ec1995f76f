using System;
using SharpBind;
using SharpBind.Internal.Callbacks;
using SharpBind.Internal.Converters;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// A call that fails half-way, here on a disposed argument, gives back every reference it took so
/// far: the argument tuple (and the references it holds), or the arguments already converted.
/// </summary>
public class ErrorPathTests
{
    [Fact]
    public void A_call_with_a_disposed_argument_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject function = Py.Eval("lambda *args, **kwargs: None");
        using PythonObject target = Py.Eval("object()");
        PythonObject disposed = DisposedHandle();
        long before = RefCount(target);
        Assert.Throws<ObjectDisposedException>(() => function.Call(target, disposed));
        using (PythonDict kwargs = new())
        {
            Assert.Throws<ObjectDisposedException>(() => function.Call([target, disposed], kwargs));
        }
        Assert.Throws<ObjectDisposedException>(() => function.CallMethod("__call__", target, disposed));
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public void A_typed_call_with_a_disposed_argument_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject function = Py.Eval("lambda *args: None");
        using PythonObject target = Py.Eval("object()");
        PythonObject disposed = DisposedHandle();
        long before = RefCount(target);
        Assert.Throws<ObjectDisposedException>(() => function.Invoke<PythonObject, PythonObject, object>(target, disposed));
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public void A_dictionary_with_a_disposed_value_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject target = Py.Eval("object()");
        var dictionary = new System.Collections.Generic.Dictionary<PythonObject, PythonObject> { [target] = DisposedHandle() };
        long before = RefCount(target);
        Assert.Throws<ObjectDisposedException>(() => PythonObject.From(dictionary));
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public void A_tuple_with_a_disposed_item_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject target = Py.Eval("object()");
        PythonObject disposed = DisposedHandle();
        long before = RefCount(target);
        Assert.Throws<ObjectDisposedException>(() => new PythonTuple(target, disposed));
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public unsafe void A_callback_with_a_disposed_argument_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject function = Py.Eval("lambda a, b: None");
        using PythonObject target = Py.Eval("object()");
        PythonObject disposed = DisposedHandle();
        var callback = new ActionCallback<PythonObject, PythonObjectConverter, PythonObject, PythonObjectConverter>(function.Handle);
        long before = RefCount(target);
        Assert.Throws<ObjectDisposedException>(() => callback.Invoke(target, disposed));
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public void A_generated_callback_with_a_disposed_argument_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonModule module = Py.Import("embedded_callbacks");
        using PythonObject function = Py.Eval("lambda a, b: None");
        using PythonObject target = Py.Eval("object()");
        long before = RefCount(target);
        PythonException error = Assert.Throws<PythonException>(() => module.CallMethod("call_with_disposed_second", function, target));
        Assert.Contains("disposed", error.Message);
        Assert.Equal(before, RefCount(target));
    }

    [Fact]
    public unsafe void A_callback_whose_result_converter_throws_keeps_no_reference()
    {
        using var gil = PythonFixture.Enter();
        using PythonObject target = Py.Eval("object()");
        using PythonObject function = Py.Eval("lambda t: lambda: t").Call(target);
        var callback = new FuncCallback<int, CustomConverter<int, ThrowingConverter>>(function.Handle);
        long before = RefCount(target);
        Assert.Throws<FormatException>(() => callback.Invoke());
        Assert.Equal(before, RefCount(target));
    }

    // A user converter whose conversion from Python throws instead of returning false.
    private sealed class ThrowingConverter : IPythonConverter<int>
    {
        public bool TryFromPython(PythonObject value, out int result) => throw new FormatException("no");

        public PythonObject? ToPython(int value) => PythonObject.From(value);

        public string PythonTypeName => "int";
    }

    private static PythonObject DisposedHandle()
    {
        PythonObject handle = PythonObject.From(1);
        handle.Dispose();
        return handle;
    }

    private static long RefCount(PythonObject target)
    {
        using PythonObject getrefcount = Py.Import("sys").GetAttr("getrefcount");
        return getrefcount.Invoke<PythonObject, long>(target);
    }
}
