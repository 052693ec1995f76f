using System;
using SharpBind.Interop;

namespace SharpBind.Internal.Converters;

/// <summary>
/// Bytes-like Python objects → a new C# byte array. Always a copy: the C# side never points into
/// Python memory, which may move or be freed once the call returns. Takes bytes and bytearray on
/// every Python, and memoryview (a non-contiguous one is copied in C order, as <c>bytes(view)</c>
/// does). From 3.11, where <c>PyObject_GetBuffer</c> joined the stable ABI, any object with the
/// buffer protocol (array.array, NumPy arrays, mmap) is taken too, by the same rule.
/// </summary>
internal static unsafe class PyBytesLike
{
    /// <summary>False with no error for a non-bytes-like value; false with an error set when reading it failed.</summary>
    public static bool TryCopy(PyObject* value, out byte[] result)
    {
        if (FromPython.TryByteArray(value, out result))
        {
            return true;
        }
        if (CPython.PyObject_GetBuffer != null)
        {
            return TryCopyBuffer(value, out result);
        }
        if (value->ob_type != CPython.PyMemoryView_Type && CPython.PyType_IsSubtype(value->ob_type, CPython.PyMemoryView_Type) == 0)
        {
            return false;
        }
        return TryCopyThroughBytes(value, out result);
    }

    // bytes(value), which copies any buffer into one contiguous run; then its bytes.
    private static bool TryCopyThroughBytes(PyObject* value, out byte[] result)
    {
        result = null!;
        PyObject* copy = CPython.PyObject_Bytes(value);
        if (copy == null)
        {
            return BufferFailed();
        }
        bool ok = FromPython.TryByteArray(copy, out result);
        CPython.Py_DecRef(copy);
        return ok;
    }

    private static bool TryCopyBuffer(PyObject* value, out byte[] result)
    {
        result = null!;
        Py_buffer view;
        if (CPython.PyObject_GetBuffer(value, &view, CPython.PyBUF_SIMPLE) != 0)
        {
            if (Errors.ClearWrongTypeError())
            {
                return false; // no buffer protocol: the wrong type, reported by the caller
            }
            if (CPython.PyErr_ExceptionMatches(CPython.PyExc_BufferError) != 0)
            {
                CPython.PyErr_Clear(); // not one contiguous run: let bytes() gather it
                return TryCopyThroughBytes(value, out result);
            }
            return false; // a released memoryview (ValueError), or a TypeError from the object's own code, say: keep the error
        }
        // Safe: the export keeps view.buf valid until PyBuffer_Release, and we copy before that.
        result = new ReadOnlySpan<byte>(view.buf, checked((int)view.len)).ToArray();
        CPython.PyBuffer_Release(&view);
        return true;
    }

    // A buffer that cannot be exported even for copying is a bad value, not a bad type: turn
    // BufferError into ValueError; keep anything else.
    private static bool BufferFailed()
    {
        if (CPython.PyErr_ExceptionMatches(CPython.PyExc_BufferError) != 0)
        {
            string? message = null;
            PyObject* type, instance, traceback;
            CPython.PyErr_Fetch(&type, &instance, &traceback);
            if (instance != null)
            {
                message = PyText.Str(instance);
            }
            CPython.PyErr_Clear();
            CPython.Py_XDecRef(type);
            CPython.Py_XDecRef(instance);
            CPython.Py_XDecRef(traceback);
            Errors.SetString(CPython.PyExc_ValueError, $"the buffer cannot be read as bytes ({message})");
        }
        return false;
    }

    /// <summary>A new bytes object holding a copy of <paramref name="data"/>; null with an error set.</summary>
    public static PyObject* Write(ReadOnlySpan<byte> data)
    {
        fixed (byte* start = data)
        {
            return CPython.PyBytes_FromStringAndSize(start, data.Length);
        }
    }
}
