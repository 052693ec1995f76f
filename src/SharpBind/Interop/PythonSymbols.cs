using System;
using System.IO;
using System.Runtime.InteropServices;

namespace SharpBind.Interop;

/// <summary>
/// Finds CPython's exported functions and data in the running process. SharpBind never names a
/// libpython file: an extension module is loaded into a process that already has Python, and the
/// symbols are looked up there, so one binary serves every CPython 3.9+. A program that embeds
/// Python opens the library itself, by a name from the caller or from an interpreter's sysconfig,
/// and hands it over with <see cref="UseLibrary"/>.
/// </summary>
internal static unsafe class PythonSymbols
{
    // A libpython that a program embedding Python opened itself (see UseLibrary); searched first.
    private static nint s_library;
    private static nint[]? s_handles;

    private static nint[] Handles => s_handles ??= FindHandles();

    /// <summary>
    /// Makes <paramref name="handle"/> (a libpython the program opened itself, to embed Python) the
    /// first place symbols are looked up. Must come before any other use of the C API: symbols already
    /// resolved are not looked up again. Throws when it is too late.
    /// </summary>
    public static void UseLibrary(nint handle)
    {
        if (s_handles is not null && Array.IndexOf(s_handles, handle) < 0)
        {
            throw new InvalidOperationException("SharpBind: the CPython C API was used before the Python library was loaded; start the interpreter first.");
        }
        s_library = handle;
        s_handles = null;
    }

    /// <summary>The address of <paramref name="name"/>; throws if this Python lacks it.</summary>
    public static void* Require(string name)
    {
        void* address = Optional(name);
        if (address == null)
        {
            throw new EntryPointNotFoundException($"SharpBind: CPython symbol '{name}' was not found in this process.");
        }
        return address;
    }

    /// <summary>The address of <paramref name="name"/>, or null when this Python version lacks it (newer API).</summary>
    public static void* Optional(string name)
    {
        foreach (nint handle in Handles)
        {
            if (NativeLibrary.TryGetExport(handle, name, out nint address))
            {
                return (void*)address;
            }
        }
        return null;
    }

    private static nint[] FindHandles()
    {
        if (s_library != 0)
        {
            return [s_library, NativeLibrary.GetMainProgramHandle()];
        }

        // The usual case: python's executable exports the C API itself or links libpython as a
        // dependency, so the process's global scope has it.
        nint main = NativeLibrary.GetMainProgramHandle();
        if (NativeLibrary.TryGetExport(main, "Py_IsInitialized", out _))
        {
            return [main];
        }

        // A host may have loaded libpython with RTLD_LOCAL (an application embedding Python). It
        // is still mapped into this process: find its path in the process map and open it again.
        if (OperatingSystem.IsLinux())
        {
            foreach (string line in File.ReadLines("/proc/self/maps"))
            {
                int slash = line.IndexOf('/');
                if (slash < 0 || !line.Contains("libpython", StringComparison.Ordinal))
                {
                    continue;
                }
                if (NativeLibrary.TryLoad(line.Substring(slash), out nint lib)
                    && NativeLibrary.TryGetExport(lib, "Py_IsInitialized", out _))
                {
                    return [lib, main];
                }
            }
        }
        return [main];
    }
}
