using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>Python exceptions seen from C#: causes, the exception object, matching, the Ctrl-C check.</summary>
public class ExceptionTests
{
    [Fact]
    public void Cause_chain_becomes_inner_exceptions()
    {
        using var gil = PythonFixture.Enter();
        PythonException error = Assert.Throws<PythonException>(() => Py.Exec("""
            try:
                try:
                    {}["k"]
                except KeyError as key_error:
                    raise ValueError("middle") from key_error
            except ValueError as value_error:
                raise RuntimeError("outer") from value_error
            """));

        Assert.Equal("RuntimeError", error.PythonTypeName);
        var middle = Assert.IsType<PythonException>(error.InnerException);
        Assert.Equal("ValueError", middle.PythonTypeName);
        Assert.Equal("ValueError: middle", middle.Message);
        var inner = Assert.IsType<PythonException>(middle.InnerException);
        Assert.Equal("KeyError", inner.PythonTypeName);
        Assert.Null(inner.InnerException);
    }

    // Only an explicit cause counts: the implicit context ("during handling ...") does not.
    [Fact]
    public void Context_is_not_a_cause()
    {
        using var gil = PythonFixture.Enter();
        PythonException error = Assert.Throws<PythonException>(() => Py.Exec("""
            try:
                1 / 0
            except ZeroDivisionError:
                raise LookupError("while handling")
            """));

        Assert.Null(error.InnerException);
    }

    [Fact]
    public void Value_is_the_raised_object_and_Matches_follows_except()
    {
        using var gil = PythonFixture.Enter();
        using var globals = new PythonDict();
        Py.Exec("error = KeyError('x')\ndef fail():\n    raise error\n", globals);

        PythonException caught = Assert.Throws<PythonException>(() => globals["fail"].Call());

        using PythonObject? value = caught.Value;
        Assert.NotNull(value);
        using PythonObject original = globals["error"];
        Assert.True(value!.Is(original));
        using PythonObject builtins = Py.Builtins;
        Assert.True(caught.Matches(builtins.GetAttr("LookupError")));
        Assert.True(caught.Matches(builtins.GetAttr("KeyError")));
        Assert.False(caught.Matches(builtins.GetAttr("ValueError")));
        Assert.True(caught.Matches(Py.Eval("(ValueError, KeyError)")));
        Assert.True(Py.Eval<bool>("e.__traceback__ is not None", new PythonDict { ["e"] = value }));
    }

    // No signal is pending: the check passes, with the GIL and without it.
    [Fact]
    public void ThrowIfInterrupted_passes_when_no_signal_arrived()
    {
        using var gil = PythonFixture.Enter();
        Py.ThrowIfInterrupted();
        using (Gil.Release())
        {
            Py.ThrowIfInterrupted();
            Assert.False(Gil.IsHeld);
        }
        Assert.True(Gil.IsHeld);
    }
}
