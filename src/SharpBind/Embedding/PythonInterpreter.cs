using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using SharpBind.Embedding;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// CPython running inside a .NET program (pybind11's <c>scoped_interpreter</c>). Start it once per
/// process; disposing it stops Python.
/// </summary>
/// <example>
/// <code>
/// using var python = PythonInterpreter.Start(new PythonOptions { Argv = { "app" } });
/// using PythonModule json = Py.Import("json");
/// Console.WriteLine(json.CallMethod("dumps", new PythonList(1, 2)));
/// </code>
/// </example>
/// <remarks>
/// When <see cref="Start"/> returns, the thread that called it holds the GIL (unless
/// <see cref="PythonOptions.ReleaseGil"/>); other threads take it with <see cref="Gil.Acquire"/>.
/// Python cannot be started again in the same process after it has been stopped: SharpBind keeps
/// Python objects (interned names, bound types) for the life of the process.
/// </remarks>
public sealed unsafe class PythonInterpreter : IDisposable
{
    private static int s_started;

    private void* _savedThreadState;
    private readonly int _startingThread;
    private int _disposed;

    private PythonInterpreter(string libraryPath, string? programName, void* savedThreadState)
    {
        LibraryPath = libraryPath;
        ProgramName = programName;
        _savedThreadState = savedThreadState;
        _startingThread = Environment.CurrentManagedThreadId;
    }

    /// <summary>The libpython that was loaded.</summary>
    public string LibraryPath { get; }

    /// <summary>The program name given to Python (<c>sys.executable</c> is derived from it), or null.</summary>
    public string? ProgramName { get; }

    /// <summary>The running interpreter's version, such as <c>3.11.7 (main, ...) [GCC ...]</c>.</summary>
    public static string Version
    {
        get
        {
            using Gil.Acquired gil = Gil.Acquire();
            return Py.Eval<string>("__import__('sys').version");
        }
    }

    /// <summary>
    /// Loads libpython, registers <paramref name="options"/>' modules, starts the interpreter and sets
    /// <c>sys.argv</c> and <c>sys.path</c>. Throws <see cref="PythonNotFoundException"/> when no Python
    /// library can be found, and <see cref="InvalidOperationException"/> when Python has already been
    /// started in this process.
    /// </summary>
    public static PythonInterpreter Start(PythonOptions? options = null)
    {
        options ??= new PythonOptions();
        if (Interlocked.Exchange(ref s_started, 1) != 0)
        {
            throw new InvalidOperationException("SharpBind: Python has already been started in this process (it can only be started once).");
        }
        try
        {
            return StartOnce(options);
        }
        catch
        {
            // When no library could be loaded, nothing was started: a later attempt with other options may work.
            if (!s_libraryLoaded)
            {
                Volatile.Write(ref s_started, 0);
            }
            throw;
        }
    }

    private static bool s_libraryLoaded;

    private static PythonInterpreter StartOnce(PythonOptions options)
    {
        string? programName = options.ProgramName;
        (nint handle, string path) library;
        if (options.LibraryPath is not null)
        {
            library = LibPython.Open([options.LibraryPath]);
        }
        else
        {
            string? fromEnvironment = Environment.GetEnvironmentVariable("SHARPBIND_PYTHON");
            string python = options.PythonExecutable
                ?? (options.VirtualEnvironment is null ? null : Path.Combine(options.VirtualEnvironment, "bin", "python"))
                ?? (string.IsNullOrEmpty(fromEnvironment) ? "python3" : fromEnvironment);
            LibPython.Discovery found = LibPython.Discover(python);
            library = LibPython.Open(found.Candidates);
            programName ??= found.Executable;
        }
        PythonSymbols.UseLibrary(library.handle);
        s_libraryLoaded = true;
        if (CPython.Py_IsInitialized() != 0)
        {
            throw new InvalidOperationException("SharpBind: Python is already running in this process.");
        }

        // The modules named in the options, then every [PyModule] linked into the program that they
        // do not name (each assembly's generated module initializer listed them).
        var registered = new HashSet<string>();
        IEnumerable<(string Name, nint Init)> linked = options.RegisterLinkedModules ? LinkedModules.Snapshot() : [];
        foreach ((string name, nint init) in options.Modules.Entries.Concat(linked))
        {
            if (!registered.Add(name))
            {
                continue;
            }
            if (CPython.PyImport_AppendInittab(NativeText.Persist(name), (delegate* unmanaged[Cdecl]<PyObject*>)init) != 0)
            {
                throw new InvalidOperationException($"SharpBind: could not register the embedded module '{name}'.");
            }
        }
        if (programName is not null)
        {
            // Python keeps the pointer: the decoded copy is never freed.
            void* wide = CPython.Py_DecodeLocale(NativeText.Persist(programName), null);
            if (wide != null)
            {
                CPython.Py_SetProgramName(wide);
            }
        }

        CPython.Py_InitializeEx(options.InstallSignalHandlers ? 1 : 0);
        // This thread now holds the GIL.
        try
        {
            Configure(options);
        }
        catch
        {
            CPython.Py_FinalizeEx();
            throw;
        }
        void* saved = options.ReleaseGil ? CPython.PyEval_SaveThread() : null;
        return new PythonInterpreter(library.path, programName, saved);
    }

    private static readonly byte* s_argv = NativeText.Persist("argv");
    private static readonly byte* s_path = NativeText.Persist("path");

    private static void Configure(PythonOptions options)
    {
        if (options.Argv.Count > 0)
        {
            using var argv = new PythonList();
            foreach (string argument in options.Argv)
            {
                argv.Append(argument);
            }
            PythonObject.Check(CPython.PySys_SetObject(s_argv, argv.Handle));
        }
        if (options.SysPath.Count > 0)
        {
            PyObject* path = CPython.PySys_GetObject(s_path); // borrowed
            if (path == null)
            {
                throw new InvalidOperationException("SharpBind: sys.path is missing.");
            }
            for (int i = 0; i < options.SysPath.Count; i++)
            {
                using PythonObject entry = PythonObject.From(Path.GetFullPath(options.SysPath[i]));
                PythonObject.Check(CPython.PyList_Insert(path, i, entry.Handle));
            }
        }
    }

    /// <summary>
    /// Stops Python (<c>Py_FinalizeEx</c>): <c>atexit</c> handlers run and every Python object becomes
    /// invalid (disposing a <see cref="PythonObject"/> afterwards does nothing). Call it on the thread
    /// that started Python, after other threads have stopped using Python.
    /// </summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0 || CPython.Py_IsInitialized() == 0)
        {
            return;
        }
        if (_savedThreadState != null && Environment.CurrentManagedThreadId == _startingThread)
        {
            CPython.PyEval_RestoreThread(_savedThreadState);
        }
        else if (!Gil.IsHeld)
        {
            CPython.PyGILState_Ensure(); // finalization ends the thread state; no matching release
        }
        _savedThreadState = null;
        PendingDecRefs.DrainNow();
        ArgumentTuples.Clear(); // they belong to this interpreter
        CPython.Py_FinalizeEx();
    }
}
