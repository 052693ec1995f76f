namespace SharpBind.Interop;

/// <summary>
/// The running interpreter's version, read once from <c>Py_GetVersion</c>. Used to decide whether a
/// function that joined the stable ABI after 3.9 may be called (its symbol may exist earlier, outside
/// the stable ABI, with no promise about its behaviour).
/// </summary>
internal static unsafe class PythonVersion
{
    // Kept here, not in CPython, so that CPython's own field initializers may ask for the version.
    /// <summary><c>Py_GetVersion</c>: the interpreter's version string ("3.11.7 (main, ...)"); static storage.</summary>
    private static readonly delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*> Py_GetVersion =
        (delegate* unmanaged[Cdecl, SuppressGCTransition]<byte*>)PythonSymbols.Require("Py_GetVersion");

    private static readonly (int Major, int Minor) s_version = Read();

    public static bool AtLeast(int major, int minor) => s_version.Major > major || (s_version.Major == major && s_version.Minor >= minor);

    private static (int, int) Read()
    {
        // "3.11.7 (main, ...)": digits, a dot, digits.
        byte* text = Py_GetVersion();
        int major = 0, minor = 0, i = 0;
        for (; text[i] is >= (byte)'0' and <= (byte)'9'; i++)
        {
            major = major * 10 + (text[i] - '0');
        }
        if (text[i] == '.')
        {
            for (i++; text[i] is >= (byte)'0' and <= (byte)'9'; i++)
            {
                minor = minor * 10 + (text[i] - '0');
            }
        }
        return (major, minor);
    }
}
