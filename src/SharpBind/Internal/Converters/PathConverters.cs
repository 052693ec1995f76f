using System;
using System.ComponentModel;
using System.IO;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Reads a file-system path argument: a str, a bytes path (decoded as <c>os.fsdecode</c> does) or any
/// <c>os.PathLike</c> (through <c>os.fspath</c>). The GIL is held.
/// </summary>
internal static unsafe class PyPaths
{
    /// <summary>False with no error for a non-path value; false with an error set (ValueError for an empty path or a NUL).</summary>
    public static bool TryRead(PyObject* value, out string result)
    {
        result = null!;
        PyObject* path = CPython.PyOS_FSPath(value);
        if (path == null)
        {
            Errors.ClearWrongTypeError(); // neither str, bytes nor os.PathLike: the wrong type
            return false;
        }
        if (CPython.PyBytes_Check(path))
        {
            byte* data;
            nint size;
            // Safe: checked to be bytes; the pointer is read before the bytes object is released.
            CPython.PyBytes_AsStringAndSize(path, &data, &size);
            PyObject* decoded = CPython.PyUnicode_DecodeFSDefaultAndSize(data, size);
            CPython.Py_DecRef(path);
            path = decoded;
            if (path == null)
            {
                return false;
            }
        }
        string? text = PyStrings.ToManaged(path);
        CPython.Py_DecRef(path);
        if (text is null)
        {
            return false;
        }
        if (text.Length == 0 || text.Contains('\0'))
        {
            Errors.SetString(CPython.PyExc_ValueError, text.Length == 0 ? "the path is empty" : "the path contains a NUL character");
            return false;
        }
        result = text;
        return true;
    }

    /// <summary>
    /// Makes the C# object for a path read by <see cref="TryRead"/>; false with ValueError set when
    /// .NET rejects the path.
    /// </summary>
    public static bool TryCreate<T>(string path, Func<string, T> create, out T result)
    {
        try
        {
            result = create(path);
            return true;
        }
        catch (Exception e) when (e is ArgumentException or PathTooLongException or NotSupportedException)
        {
            Errors.SetString(CPython.PyExc_ValueError, $"invalid path '{path}': {e.Message}");
            result = default!;
            return false;
        }
    }

    /// <summary>
    /// A new <c>pathlib.Path</c> for <paramref name="info"/>'s path as it was given (relative paths
    /// stay relative), or None for null; null with an error set.
    /// </summary>
    public static PyObject* Write(FileSystemInfo? info) =>
        info is null ? ToPython.None() : ImportedTypes.Call(ImportedTypes.Path, PyStrings.FromManaged(info.ToString()));
}

#pragma warning disable CS1591 // each member implements IConverter; the struct's summary says how

/// <summary><c>FileInfo</c> ← str or <c>os.PathLike</c>; → <c>pathlib.Path</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FileInfoConverter : IConverter<FileInfo>
{
    public bool TryFrom(PyObject* value, out FileInfo result)
    {
        result = null!;
        return PyPaths.TryRead(value, out string path) && PyPaths.TryCreate(path, static p => new FileInfo(p), out result);
    }

    public PyObject* To(FileInfo value) => PyPaths.Write(value);

    public string PythonName => "Path";
}

/// <summary><c>DirectoryInfo</c> ← str or <c>os.PathLike</c>; → <c>pathlib.Path</c>.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct DirectoryInfoConverter : IConverter<DirectoryInfo>
{
    public bool TryFrom(PyObject* value, out DirectoryInfo result)
    {
        result = null!;
        return PyPaths.TryRead(value, out string path) && PyPaths.TryCreate(path, static p => new DirectoryInfo(p), out result);
    }

    public PyObject* To(DirectoryInfo value) => PyPaths.Write(value);

    public string PythonName => "Path";
}

/// <summary>
/// <c>FileSystemInfo</c> ← str or <c>os.PathLike</c>: a DirectoryInfo when the path names an existing
/// directory, otherwise a FileInfo; → <c>pathlib.Path</c>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public unsafe struct FileSystemInfoConverter : IConverter<FileSystemInfo>
{
    public bool TryFrom(PyObject* value, out FileSystemInfo result)
    {
        result = null!;
        return PyPaths.TryRead(value, out string path)
            && PyPaths.TryCreate(path, static p => Directory.Exists(p) ? new DirectoryInfo(p) : new FileInfo(p), out result);
    }

    public PyObject* To(FileSystemInfo value) => PyPaths.Write(value);

    public string PythonName => "Path";
}
