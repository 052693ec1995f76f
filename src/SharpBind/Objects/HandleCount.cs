using SharpBind.Internal;

namespace SharpBind;

/// <summary>
/// Releases the references that finalizers queued, from the threads that create handles. The pending
/// call that normally drains the queue only runs on the interpreter's main thread while it executes
/// Python code; a program that embeds Python may keep that thread busy in C#, so handle creation
/// (which holds the GIL) drains it too, every so often.
/// </summary>
internal static class HandleCount
{
    private const int DrainEvery = 1024;

    // Only touched with the GIL held, which serializes it.
    private static int s_created;

    public static void Created()
    {
        if (++s_created % DrainEvery == 0)
        {
            PendingDecRefs.DrainNow();
        }
    }
}
