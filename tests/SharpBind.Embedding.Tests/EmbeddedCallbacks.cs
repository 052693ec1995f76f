using SharpBind;

namespace SharpBind.Embedding.Tests;

/// <summary>A delegate type of the test program's own, for a generated callback.</summary>
public delegate void ObjectPair(PythonObject first, PythonObject second);

/// <summary>A module whose functions call Python callables through generated delegates.</summary>
[PyModule("embedded_callbacks")]
public static partial class EmbeddedCallbacks
{
    /// <summary>Calls <paramref name="callback"/> with <paramref name="first"/> and a disposed handle (ObjectDisposedException).</summary>
    public static void CallWithDisposedSecond(ObjectPair callback, PythonObject first)
    {
        using (first) // the parameter's own handle: released here, not by a finalizer later
        {
            PythonObject disposed = PythonObject.From(1);
            disposed.Dispose();
            callback(first, disposed);
        }
    }
}
