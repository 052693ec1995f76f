using System.IO;
using SharpBind;
using Xunit;

namespace SharpBind.Embedding.Tests;

public class EvalTests
{
    [Fact]
    public void Exec_and_eval_share_globals()
    {
        using var gil = PythonFixture.Enter();
        using var globals = new PythonDict();
        Py.Exec("x = 6\ndef triple(v):\n    return v * 3\n", globals);
        Assert.Equal(18, Py.Eval<int>("triple(x)", globals));
        Assert.True(globals.ContainsKey("__builtins__"));
        Assert.False(Py.Globals().ContainsKey("triple_in_private_scope"));
    }

    [Fact]
    public void Locals_are_separate_from_globals()
    {
        using var gil = PythonFixture.Enter();
        using var globals = new PythonDict { ["g"] = 1 };
        using var locals = new PythonDict();
        Py.Exec("l = g + 1", globals, locals);
        Assert.Equal(2, locals["l"].As<int>());
        Assert.False(globals.ContainsKey("l"));
        Assert.Equal(3, Py.Eval<int>("g + l", globals, locals));
    }

    [Fact]
    public void Default_globals_are_main()
    {
        using var gil = PythonFixture.Enter();
        Py.Exec("embedded_main_value = 41");
        Assert.Equal(42, Py.Eval<int>("embedded_main_value + 1"));
        Assert.Equal(41, Py.Import("__main__").GetAttr<int>("embedded_main_value"));
    }

    [Fact]
    public void ExecFile_runs_a_file_with_its_name()
    {
        using var gil = PythonFixture.Enter();
        string path = Path.Combine(Path.GetTempPath(), $"sharpbind_exec_{System.Environment.ProcessId}.py");
        File.WriteAllText(path, "import os\nname = os.path.basename(__file__)\ndef fail():\n    raise RuntimeError('from file')\n");
        try
        {
            using var globals = new PythonDict();
            Py.ExecFile(path, globals);
            Assert.Equal(Path.GetFileName(path), globals["name"].As<string>());
            PythonException error = Assert.Throws<PythonException>(() => globals["fail"].Call());
            Assert.Equal("RuntimeError", error.PythonTypeName);
            Assert.Equal("RuntimeError: from file", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Errors_become_PythonException_and_leave_no_error_set()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal("ZeroDivisionError", Assert.Throws<PythonException>(() => Py.Eval("1 / 0")).PythonTypeName);
        Assert.Equal("SyntaxError", Assert.Throws<PythonException>(() => Py.Exec("def (")).PythonTypeName);
        Assert.Equal("NameError", Assert.Throws<PythonException>(() => Py.Eval("undefined_name_xyz")).PythonTypeName);
        Assert.Equal("ModuleNotFoundError", Assert.Throws<PythonException>(() => Py.Import("no_such_module_xyz")).PythonTypeName);
        unsafe
        {
            Assert.True(Interop.CPython.PyErr_Occurred() == null);
        }
    }

    [Fact]
    public void Argv_and_sys_path_come_from_the_options()
    {
        using var gil = PythonFixture.Enter();
        Assert.Equal("['sharpbind-tests', '--flag']", Py.Eval("__import__('sys').argv").Repr());
        string first = Py.Eval<string>("__import__('sys').path[0]");
        Assert.Equal(Path.GetFullPath(System.AppContext.BaseDirectory), first);
        Assert.StartsWith("3.", PythonInterpreter.Version);
    }
}
