using System;
using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using SharpBind.Interop;

namespace SharpBind.Internal;

/// <summary>
/// Moves text between Python <c>str</c> and .NET <see cref="string"/> without losing anything:
/// non-BMP characters, embedded NULs and even lone surrogates survive both ways.
/// </summary>
internal static unsafe class PyStrings
{
    private static readonly byte* s_utf16le = NativeText.Persist("utf-16-le");
    private static readonly byte* s_surrogatepass = NativeText.Persist("surrogatepass");

    /// <summary>
    /// The .NET string for a Python str (precondition: <paramref name="str"/> is a str, GIL held).
    /// Null with a Python error set on failure.
    /// </summary>
    public static string? ToManaged(PyObject* str)
    {
        if (CPython.PyUnicode_AsUTF8AndSize != null)
        {
            nint length;
            byte* utf8 = CPython.PyUnicode_AsUTF8AndSize(str, &length);
            if (utf8 != null)
            {
                return length <= ShortString ? DecodeShort(utf8, (int)length) : Encoding.UTF8.GetString(utf8, checked((int)length));
            }
            // Only lone surrogates (which UTF-8 cannot carry) make this fail; retry through UTF-16.
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_UnicodeEncodeError) == 0)
            {
                return null;
            }
            CPython.PyErr_Clear();
        }
        return ToManagedViaUtf16(str);
    }

    // Most strings crossing a call are short identifiers and words: widening ASCII by hand is far
    // cheaper for them than the general decoder's setup.
    private const int ShortString = 32;

    private static string DecodeShort(byte* utf8, int length)
    {
        int ascii = 0;
        for (; ascii < length; ascii++)
        {
            if (utf8[ascii] >= 0x80)
            {
                return Encoding.UTF8.GetString(utf8, length);
            }
        }
        return string.Create(length, (nint)utf8, static (chars, address) =>
        {
            byte* source = (byte*)address;
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)source[i];
            }
        });
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static string? ToManagedViaUtf16(PyObject* str)
    {
        // "surrogatepass" writes lone surrogates as the UTF-16 code units .NET strings hold anyway.
        PyObject* bytes = CPython.PyUnicode_AsEncodedString(str, s_utf16le, s_surrogatepass);
        if (bytes == null)
        {
            return null;
        }
        byte* data;
        nint size;
        // Safe: a fresh bytes object (exact type), owned until the DecRef below.
        CPython.PyBytes_AsStringAndSize(bytes, &data, &size);
        string result = new string((char*)data, 0, checked((int)(size / 2)));
        CPython.Py_DecRef(bytes);
        return result;
    }

    /// <summary>A new Python str for <paramref name="text"/> (non-null), or null with a Python error set.</summary>
    public static PyObject* FromManaged(string text)
    {
        if (text.Length <= ShortString)
        {
            byte* narrow = stackalloc byte[ShortString];
            int i = 0;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (c >= 0x80)
                {
                    break;
                }
                narrow[i] = (byte)c;
            }
            if (i == text.Length)
            {
                // Safe without the GC transition: pure ASCII is valid UTF-8.
                return CPython.PyUnicode_FromStringAndSize(narrow, i);
            }
        }

        // UTF-8 takes at most 3 bytes per UTF-16 code unit.
        int maxBytes = checked(text.Length * 3);
        if (maxBytes <= 512)
        {
            byte* buffer = stackalloc byte[maxBytes];
            return FromManaged(text, buffer, maxBytes);
        }
        byte[] rented = ArrayPool<byte>.Shared.Rent(maxBytes);
        try
        {
            fixed (byte* buffer = rented)
            {
                return FromManaged(text, buffer, maxBytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static PyObject* FromManaged(string text, byte* buffer, int capacity)
    {
        OperationStatus status = Utf8.FromUtf16(text, new Span<byte>(buffer, capacity), out _, out int written, replaceInvalidSequences: false);
        if (status == OperationStatus.Done)
        {
            // Safe without the GC transition: the bytes are valid UTF-8, so no exception is made.
            return CPython.PyUnicode_FromStringAndSize(buffer, written);
        }
        // A lone surrogate: UTF-8 cannot hold it, so hand Python the UTF-16 code units instead.
        fixed (char* chars = text)
        {
            int byteOrder = -1; // little-endian
            return CPython.PyUnicode_DecodeUTF16((byte*)chars, (nint)text.Length * 2, s_surrogatepass, &byteOrder);
        }
    }
}
