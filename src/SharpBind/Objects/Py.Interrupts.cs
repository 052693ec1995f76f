using SharpBind.Interop;

namespace SharpBind;

public static unsafe partial class Py
{
    /// <summary>
    /// Lets long-running C# code notice Ctrl-C: runs the Python handlers of signals that arrived
    /// (<c>PyErr_CheckSignals</c>) and throws when one raised, typically a <see cref="PythonException"/>
    /// for <c>KeyboardInterrupt</c>. Left uncaught, it propagates back to Python as the original
    /// <c>KeyboardInterrupt</c> (pybind11's <c>if (PyErr_CheckSignals() != 0) throw error_already_set();</c>).
    /// </summary>
    /// <remarks>
    /// Works with or without the GIL: a thread that released it (<see cref="Gil.Release"/>,
    /// <c>[ReleaseGil]</c>) takes it for the check only. Python runs signal handlers on the main
    /// thread alone, so on any other thread this never throws. Costs a few nanoseconds with the GIL held
    /// (much more without it): call it every few thousand iterations, not on each.
    /// </remarks>
    /// <example>
    /// <code>
    /// for (long i = 0; i &lt; n; i++)
    /// {
    ///     if (i % 10_000 == 0) Py.ThrowIfInterrupted();
    ///     Step(i);
    /// }
    /// </code>
    /// </example>
    /// <exception cref="PythonException">A signal handler raised (Ctrl-C: <c>KeyboardInterrupt</c>).</exception>
    public static void ThrowIfInterrupted()
    {
        if (Gil.IsHeld)
        {
            if (CPython.PyErr_CheckSignals() != 0)
            {
                throw PythonException.Fetch();
            }
            return;
        }
        PythonException? raised = null;
        using (Gil.Acquire())
        {
            if (CPython.PyErr_CheckSignals() != 0)
            {
                raised = PythonException.Fetch(); // taken while the GIL is held; thrown after it is released again
            }
        }
        if (raised is not null)
        {
            throw raised;
        }
    }
}
