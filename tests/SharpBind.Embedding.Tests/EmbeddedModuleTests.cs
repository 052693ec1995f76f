using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class EmbeddedModuleTests
{
    [Fact]
    public void A_PyModule_linked_into_the_program_is_importable()
    {
        using var gil = PythonFixture.Enter();
        using PythonModule calc = Py.Import("embedded_calc");
        Assert.Equal(5, calc.GetAttr("add").Invoke<int, int, long>(2, 3));
        Assert.Equal("hello, you", Py.Eval<string>("__import__('embedded_calc').greet('you')"));
        PythonException error = Assert.Throws<PythonException>(() => Py.Eval("__import__('embedded_calc').add('x', 1)"));
        Assert.Equal("TypeError", error.PythonTypeName);
        Assert.Contains("embedded_calc", Py.Eval<string>("repr(__import__('sys').builtin_module_names)"));
    }

    [Fact]
    public void A_PyModule_not_listed_in_the_options_is_registered_by_the_generated_registry()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal(42, Py.Eval<long>("__import__('embedded_auto').twice(21)"));
        // Listed explicitly and found by the registry: registered once.
        Assert.Equal(1, Py.Eval<int>("__import__('sys').builtin_module_names.count('embedded_calc')"));
        Assert.Contains("embedded_auto", Py.Eval<string>("repr(__import__('sys').builtin_module_names)"));
    }

    [Fact]
    public void Starting_twice_is_refused()
    {
        _ = PythonFixture.Interpreter;
        Assert.Throws<System.InvalidOperationException>(() => PythonInterpreter.Start());
    }

    [Fact]
    public void The_interpreter_reports_its_library()
    {
        PythonInterpreter python = PythonFixture.Interpreter;
        Assert.Contains("libpython", python.LibraryPath);
        Assert.NotNull(python.ProgramName);
    }
}
