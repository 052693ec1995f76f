using SharpBind.Interop;

namespace SharpBind.Internal;

public static unsafe partial class ClassBuilder
{
    /// <summary>
    /// The C# object behind <paramref name="value"/> when it is an instance of a bound class, else null
    /// (no error left set). For the object API's conversions, which do not know the bound type statically.
    /// </summary>
    internal static object? SelfOrNull(PyObject* value)
    {
        PyTypeObject* root = s_root;
        if (root == null)
        {
            return null; // no class was ever bound
        }
        if (value->ob_type != root)
        {
            int isInstance = CPython.PyObject_IsInstance(value, (PyObject*)root);
            if (isInstance != 1)
            {
                if (isInstance < 0)
                {
                    CPython.PyErr_Clear();
                }
                return null;
            }
        }
        // Every bound type derives from the root, so the instance has the root's layout.
        return ObjectHandles.Target(((Instance*)value)->Handle);
    }
}
