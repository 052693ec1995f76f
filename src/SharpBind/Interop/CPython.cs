namespace SharpBind.Interop;

/// <summary>
/// A raw mirror of CPython's stable ABI, named as in CPython's headers. Each function is a pointer
/// resolved from the running process the first time this class is used (see <see cref="PythonSymbols"/>).
/// </summary>
/// <remarks>
/// <para>Every member requires the GIL. Each one documents the ownership of the references it
/// takes and returns: a <em>new</em> reference must be released by the caller, a <em>borrowed</em>
/// one must not be; a <em>stolen</em> argument reference passes to the callee.</para>
/// <para>Pointers declared with <c>SuppressGCTransition</c> skip the GC transition for speed. That is
/// only sound for calls that can neither block nor run Python code (which could call back into
/// .NET): each such member says why it qualifies, and callers must respect any precondition it states
/// (usually an exact-type check done first).</para>
/// <para>Only functions and data of the stable ABI are used; newer ones are optional and null on
/// interpreters that lack them.</para>
/// </remarks>
public static unsafe partial class CPython
{
    /// <summary>The API version passed to <c>PyModule_Create2</c> by stable-ABI modules (<c>PYTHON_ABI_VERSION</c>).</summary>
    public const int PYTHON_ABI_VERSION = 3;
}
