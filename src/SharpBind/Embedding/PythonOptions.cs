using System.Collections.Generic;

namespace SharpBind;

/// <summary>How <see cref="PythonInterpreter.Start"/> finds and sets up Python. Every property is optional.</summary>
public sealed class PythonOptions
{
    /// <summary>
    /// The libpython shared library to load, as a path (or a file name the dynamic loader finds).
    /// When null, it is found from the sysconfig of <see cref="PythonExecutable"/>.
    /// </summary>
    public string? LibraryPath { get; set; }

    /// <summary>
    /// The Python whose library to embed, asked for its <c>sysconfig</c> (<c>LIBDIR</c>,
    /// <c>INSTSONAME</c>, <c>LDLIBRARY</c>) and <c>sys.executable</c>. When null:
    /// <see cref="VirtualEnvironment"/>'s interpreter, else the <c>SHARPBIND_PYTHON</c> environment
    /// variable, else <c>python3</c> on <c>PATH</c>.
    /// </summary>
    public string? PythonExecutable { get; set; }

    /// <summary>
    /// A virtual environment (the folder holding <c>pyvenv.cfg</c>) whose packages the program should
    /// see: its <c>bin/python</c> is asked for the library and becomes the program name, so that Python
    /// finds the environment's <c>site-packages</c> as it does for that interpreter.
    /// </summary>
    public string? VirtualEnvironment { get; set; }

    /// <summary>
    /// The program name Python derives <c>sys.prefix</c> and <c>sys.executable</c> from
    /// (<c>Py_SetProgramName</c>). Defaults to the discovered interpreter's <c>sys.executable</c>.
    /// </summary>
    public string? ProgramName { get; set; }

    /// <summary><c>sys.argv</c>; Python's default (<c>['']</c>) when empty.</summary>
    public IList<string> Argv { get; } = new List<string>();

    /// <summary>Folders put at the front of <c>sys.path</c>, in this order.</summary>
    public IList<string> SysPath { get; } = new List<string>();

    /// <summary>
    /// Modules compiled into this program, importable by name inside it (pybind11's
    /// <c>PYBIND11_EMBEDDED_MODULE</c>): <c>Modules = { { "example", &amp;Module_example.PyInit } }</c>.
    /// </summary>
    public EmbeddedModules Modules { get; } = new();

    /// <summary>
    /// Whether every <c>[PyModule]</c> compiled into the program is importable inside it without being
    /// listed in <see cref="Modules"/> (on by default). Each assembly's generated module initializer
    /// records its modules; an assembly's initializer runs when its code is first used (a program's own
    /// before <c>Main</c>), so modules in a library the program has not touched yet are not seen: list
    /// those in <see cref="Modules"/>.
    /// </summary>
    public bool RegisterLinkedModules { get; set; } = true;

    /// <summary>
    /// Whether Python installs its signal handlers (SIGINT becomes KeyboardInterrupt). Off by default,
    /// so that .NET keeps handling Ctrl+C.
    /// </summary>
    public bool InstallSignalHandlers { get; set; }

    /// <summary>
    /// Whether <see cref="PythonInterpreter.Start"/> releases the GIL before it returns. Off by default:
    /// the starting thread holds the GIL, as with pybind11. Turn it on when every thread, the starting
    /// one included, takes the GIL with <see cref="Gil.Acquire"/>.
    /// </summary>
    public bool ReleaseGil { get; set; }
}
