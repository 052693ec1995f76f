using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// Calls through an argument tuple (before 3.12, or with keyword arguments) reuse one spare tuple per
/// size. A reused tuple must behave as a new one, also for Python's cycle collector.
/// </summary>
public class ArgumentTupleTests
{
    [Fact]
    public void A_reused_argument_tuple_kept_by_the_callee_is_still_collectable()
    {
        using var gil = PythonFixture.Enter();
        using var scope = new PythonDict();
        Py.Exec("""
            import gc, weakref
            class Node: pass
            def collect(x): gc.collect()
            """, scope);
        using PythonObject collect = scope["collect"];
        using PythonObject exceptionType = Py.Eval("Exception");
        using PythonObject one = PythonObject.From(1);
        using PythonDict noKeywords = new(); // keyword arguments: the tuple path on every Python version
        PythonObject list = Py.Eval("[]");
        PythonObject node = Py.Eval("Node()", scope);
        using PythonObject weak = Py.Eval("weakref.ref", scope).Call(node);

        // A collection during a call untracks the tuple (it holds only an int), which then becomes the spare.
        collect.Call([one], noKeywords).Dispose();
        // Exception(list) keeps its argument tuple as .args: the reused tuple, in a cycle
        // exception -> args -> list -> node -> exception.
        using (PythonObject exception = exceptionType.Call([list], noKeywords))
        {
            list.CallMethod("append", node).Dispose();
            node.SetAttr("exception", exception);
        }
        list.Dispose();
        node.Dispose();
        Py.Exec("gc.collect()", scope);
        using PythonObject target = weak.Call();
        Assert.True(target.IsNone, "the cycle through the reused argument tuple was not collected");
    }
}
