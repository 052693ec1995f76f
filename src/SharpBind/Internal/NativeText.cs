using System.ComponentModel;
using System.Runtime.InteropServices;
using System.Text;

namespace SharpBind.Internal;

/// <summary>
/// NUL-terminated UTF-8 copies of names and docstrings in native memory. CPython keeps pointers
/// to these (method tables, module definitions) for the life of the process, so they are never freed.
/// </summary>
/// <remarks>For SharpBind's generated code and runtime only.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static unsafe class NativeText
{
    /// <summary>Copies <paramref name="text"/> to native memory that is never freed; null stays null.</summary>
    public static byte* Persist(string? text)
    {
        if (text is null)
        {
            return null;
        }
        int length = Encoding.UTF8.GetByteCount(text);
        byte* buffer = (byte*)NativeMemory.Alloc((nuint)length + 1);
        Encoding.UTF8.GetBytes(text, new System.Span<byte>(buffer, length));
        buffer[length] = 0;
        return buffer;
    }
}
