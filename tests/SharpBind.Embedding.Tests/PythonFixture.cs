using System;
using SharpBind;
using SharpBind.Generated;

namespace SharpBind.Embedding.Tests;

/// <summary>
/// The one interpreter of this test process, started on first use and never stopped (the process
/// exit ends it). It is started with the GIL released: every test takes it with Gil.Acquire(), on
/// whatever thread xunit runs it.
/// </summary>
internal static unsafe class PythonFixture
{
    private static readonly Lazy<PythonInterpreter> s_interpreter = new(() => PythonInterpreter.Start(new PythonOptions
    {
        Argv = { "sharpbind-tests", "--flag" },
        SysPath = { AppContext.BaseDirectory },
        Modules = { { "embedded_calc", &Module_embedded_calc.PyInit } },
        ReleaseGil = true,
    }));

    public static PythonInterpreter Interpreter => s_interpreter.Value;

    /// <summary>Starts Python if needed and takes the GIL for the calling thread.</summary>
    public static Gil.Acquired Enter()
    {
        _ = s_interpreter.Value;
        return Gil.Acquire();
    }
}
