using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Runtime.InteropServices;

namespace SharpBind.Embedding;

/// <summary>
/// Finds and opens the libpython a program embeds. The file name never comes from SharpBind: it is
/// the caller's, or the one the chosen interpreter reports through <c>sysconfig</c>.
/// </summary>
internal static unsafe class LibPython
{
    /// <summary>What an interpreter says about itself.</summary>
    internal sealed record Discovery(string Executable, string Version, IReadOnlyList<string> Candidates);

    // Printed one per line: sys.executable, the version, LIBDIR, INSTSONAME, LDLIBRARY, LIBPL.
    private const string Script =
        "import sys, sysconfig\n" +
        "v = sysconfig.get_config_var\n" +
        "print(sys.executable)\n" +
        "print('%d.%d' % sys.version_info[:2])\n" +
        "for k in ('LIBDIR', 'INSTSONAME', 'LDLIBRARY', 'LIBPL'): print(v(k) or '')\n";

    /// <summary>Runs <paramref name="python"/> and reads where its shared library is.</summary>
    public static Discovery Discover(string python)
    {
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-I"); // isolated: no user site, no PYTHON* variables, no cwd on sys.path
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(Script);
        string output, error;
        int exitCode;
        try
        {
            using Process process = Process.Start(start) ?? throw new InvalidOperationException("no process");
            output = process.StandardOutput.ReadToEnd();
            error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            exitCode = process.ExitCode;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            throw new PythonNotFoundException($"could not run '{python}' to find libpython ({e.Message}); set PythonOptions.PythonExecutable or LibraryPath", e);
        }
        string[] lines = output.Split('\n');
        if (exitCode != 0 || lines.Length < 6)
        {
            throw new PythonNotFoundException($"'{python}' could not report its configuration (exit code {exitCode}): {error.Trim()}");
        }
        string executable = lines[0].Trim(), version = lines[1].Trim();
        string libDir = lines[2].Trim(), soName = lines[3].Trim(), ldLibrary = lines[4].Trim(), libPl = lines[5].Trim();
        var candidates = new List<string>();
        foreach (string name in new[] { soName, ldLibrary })
        {
            if (name.Length == 0 || name.EndsWith(".a", StringComparison.Ordinal))
            {
                continue; // a static library cannot be loaded
            }
            foreach (string dir in new[] { libDir, libPl })
            {
                if (dir.Length > 0)
                {
                    candidates.Add(Path.Combine(dir, name));
                }
            }
            candidates.Add(name); // let the dynamic loader search (ld.so.cache)
        }
        return new Discovery(executable, version, candidates);
    }

    /// <summary>
    /// Opens the first candidate that loads, with <c>RTLD_NOW | RTLD_GLOBAL</c>: extension modules
    /// (the standard library's own, numpy) are usually not linked against libpython and expect its
    /// symbols in the process's global scope, which <c>NativeLibrary.Load</c> (<c>RTLD_LOCAL</c>) would
    /// not give them. Returns the handle and the path that loaded.
    /// </summary>
    public static (nint Handle, string Path) Open(IReadOnlyList<string> candidates)
    {
        var errors = new List<string>();
        foreach (string candidate in candidates)
        {
            if (Path.IsPathRooted(candidate) && !File.Exists(candidate))
            {
                errors.Add($"{candidate}: no such file");
                continue;
            }
            nint handle = OpenGlobal(candidate, out string? error);
            if (handle != 0)
            {
                return (handle, candidate);
            }
            errors.Add($"{candidate}: {error}");
        }
        throw new PythonNotFoundException("could not load libpython:\n  " + string.Join("\n  ", errors));
    }

    private const int RTLD_NOW = 0x2;
    private const int RTLD_GLOBAL = 0x100;

    private static nint OpenGlobal(string path, out string? error)
    {
        error = null;
        if (!OperatingSystem.IsLinux())
        {
            // Elsewhere, NativeLibrary's own flags are used (global symbol scope is Linux's concern).
            return NativeLibrary.TryLoad(path, out nint loaded) ? loaded : Fail(out error, "NativeLibrary.TryLoad failed");
        }
        var dlopen = (delegate* unmanaged[Cdecl]<byte*, int, nint>)Libc("dlopen");
        var dlerror = (delegate* unmanaged[Cdecl]<byte*>)Libc("dlerror");
        byte[] name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        nint handle;
        fixed (byte* text = name)
        {
            // dlopen copies the name; the pin only has to last for the call.
            handle = dlopen(text, RTLD_NOW | RTLD_GLOBAL);
        }
        if (handle == 0)
        {
            byte* message = dlerror();
            // dlerror's text is a NUL-terminated string owned by libc, valid until the next dl* call.
            error = message == null ? "dlopen failed" : Marshal.PtrToStringUTF8((nint)message);
        }
        return handle;
    }

    private static nint Fail(out string? error, string message)
    {
        error = message;
        return 0;
    }

    // dlopen/dlerror from the C library the program already uses (the host links it), so no library name is needed.
    private static void* Libc(string name)
    {
        if (NativeLibrary.TryGetExport(NativeLibrary.GetMainProgramHandle(), name, out nint address))
        {
            return (void*)address;
        }
        throw new PythonNotFoundException($"the C library's {name} was not found in this process");
    }
}
