using System;
using System.IO;
using System.Text;
using SharpBind.Internal;
using SharpBind.Interop;

namespace SharpBind;

/// <summary>
/// Entry points of the object API: importing modules and running Python source (pybind11's
/// <c>py::module_::import</c>, <c>py::eval</c>, <c>py::exec</c> and <c>py::eval_file</c>). The GIL
/// must be held, as for every <see cref="PythonObject"/> member.
/// </summary>
public static unsafe partial class Py
{
    private static readonly byte* s_main = NativeText.Persist("__main__");
    private static readonly byte* s_string = NativeText.Persist("<string>");

    /// <summary><c>import name</c> (dotted names give the submodule itself).</summary>
    public static PythonModule Import(string name)
    {
        PyObject* text = PythonObject.Check(PyStrings.FromManaged(name));
        PyObject* module = CPython.PyImport_Import(text);
        CPython.Py_DecRef(text);
        return new PythonModule(PythonObject.Check(module));
    }

    /// <summary>The <c>None</c> object (a new handle).</summary>
    public static PythonObject None => PythonObject.FromBorrowed(CPython.Py_None);

    /// <summary>The <c>builtins</c> module.</summary>
    public static PythonModule Builtins => Import("builtins");

    /// <summary>The namespace of <c>__main__</c>: the default globals of <see cref="Eval"/> and <see cref="Exec"/>.</summary>
    public static PythonDict Globals()
    {
        PyObject* main = PythonObject.Check(CPython.PyImport_AddModule(s_main));
        PyObject* dict = CPython.PyModule_GetDict(main);
        CPython.Py_IncRef(dict);
        return new PythonDict(dict);
    }

    /// <summary>Evaluates one expression and returns its value.</summary>
    /// <param name="expression">Python source of one expression.</param>
    /// <param name="globals">The global namespace; <c>__main__</c>'s when null.</param>
    /// <param name="locals">The local namespace (any mapping); <paramref name="globals"/> when null.</param>
    public static PythonObject Eval(string expression, PythonDict? globals = null, PythonObject? locals = null) =>
        new(Run(expression, "<string>", CPython.Py_eval_input, globals, locals));

    /// <summary>Evaluates one expression and converts its value (see <see cref="PythonObject.As{T}"/>).</summary>
    public static T Eval<T>(string expression, PythonDict? globals = null, PythonObject? locals = null) =>
        Converter.Consume<T>(Run(expression, "<string>", CPython.Py_eval_input, globals, locals));

    /// <summary>Runs statements (a module body) for their effects on the namespaces.</summary>
    /// <param name="code">Python source.</param>
    /// <param name="globals">The global namespace; <c>__main__</c>'s when null.</param>
    /// <param name="locals">The local namespace (any mapping); <paramref name="globals"/> when null.</param>
    public static void Exec(string code, PythonDict? globals = null, PythonObject? locals = null) =>
        CPython.Py_DecRef(Run(code, "<string>", CPython.Py_file_input, globals, locals));

    /// <summary>
    /// Runs a Python source file as <see cref="Exec"/> does; tracebacks name the file. Sets
    /// <c>__file__</c> in <paramref name="globals"/> when it has none.
    /// </summary>
    public static void ExecFile(string path, PythonDict? globals = null, PythonObject? locals = null)
    {
        string code = File.ReadAllText(path);
        using PythonDict scope = globals?.CopyHandle() ?? Globals();
        if (!scope.ContainsKey("__file__"))
        {
            scope["__file__"] = Path.GetFullPath(path);
        }
        CPython.Py_DecRef(Run(code, path, CPython.Py_file_input, scope, locals));
    }

    // Compiles and runs `source`; a new reference to the result, or throws PythonException.
    private static PyObject* Run(string source, string filename, int start, PythonDict? globals, PythonObject? locals)
    {
        using PythonDict scope = globals?.CopyHandle() ?? Globals();
        PyObject* globalsDict = scope.Handle;
        // As exec() does: code run in a fresh dict still sees the builtins.
        if (CPython.PyDict_GetItemWithError(globalsDict, Builtins__) == null)
        {
            PythonObject.Check(CPython.PyDict_SetItem(globalsDict, Builtins__, CPython.PyEval_GetBuiltins()));
        }
        byte[] sourceText = Utf8Z(source);
        byte[] fileText = filename == "<string>" ? null! : Utf8Z(filename);
        PyObject* code;
        fixed (byte* sourceBytes = sourceText)
        fixed (byte* fileBytes = fileText)
        {
            // Py_CompileString copies what it needs; the pins only have to last for the call.
            code = PythonObject.Check(CPython.Py_CompileString(sourceBytes, fileBytes == null ? s_string : fileBytes, start));
        }
        PyObject* result = CPython.PyEval_EvalCode(code, globalsDict, locals is null ? globalsDict : locals.Handle);
        CPython.Py_DecRef(code);
        return PythonObject.Check(result);
    }

    private static PyObject* Builtins__ => s_builtinsKey != null ? s_builtinsKey : s_builtinsKey = PythonObject.Check(CPython.PyUnicode_InternFromString(NativeText.Persist("__builtins__")));

    // An interned str kept for the life of the interpreter.
    private static PyObject* s_builtinsKey;

    private static byte[] Utf8Z(string text)
    {
        byte[] bytes = new byte[Encoding.UTF8.GetByteCount(text) + 1];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
