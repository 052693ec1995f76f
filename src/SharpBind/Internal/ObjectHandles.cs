using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SharpBind.Internal;

/// <summary>
/// How a Python instance refers to its C# object: a handle stored in the instance. A strong handle
/// is a slot in a table of objects (cheaper than a <see cref="GCHandle"/> to allocate and free; the
/// table roots the object); a weak handle, needed only by proxies that C# alone keeps alive, is a
/// weak <see cref="GCHandle"/>. The two are told apart by the low bit: slots are odd
/// (<c>index * 2 + 1</c>), GCHandle values are pointer-aligned (even). 0 means no object.
/// Every member runs with the GIL held, which serializes access to the table.
/// </summary>
internal static class ObjectHandles
{
    // Elements are a struct, not object?[]: storing into an object?[] costs a covariance check.
    private static Slot[] s_slots = new Slot[256];
    private static int[] s_free = new int[256];
    private static int s_freeCount;
    private static int s_used; // slots below this index have been handed out at least once

    /// <summary>A strong handle to <paramref name="value"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint Strong(object value)
    {
        int index = s_freeCount > 0 ? s_free[--s_freeCount] : Grow();
        s_slots[index].Value = value;
        return HandleOf(index);
    }

    /// <summary>A weak handle to <paramref name="value"/> (it does not keep the object alive).</summary>
    public static nint Weak(object value) => GCHandle.ToIntPtr(GCHandle.Alloc(value, GCHandleType.Weak));

    /// <summary>The object behind <paramref name="handle"/>; null for 0 or a collected weak target.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static object? Target(nint handle)
    {
        if ((handle & 1) != 0)
        {
            return s_slots[(int)(handle >> 1)].Value;
        }
        return handle == 0 ? null : GCHandle.FromIntPtr(handle).Target;
    }

    /// <summary>Releases <paramref name="handle"/> (not 0).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Free(nint handle)
    {
        if ((handle & 1) == 0)
        {
            GCHandle.FromIntPtr(handle).Free();
            return;
        }
        int index = (int)(handle >> 1);
        s_slots[index].Value = null;
        s_free[s_freeCount++] = index; // s_free is as long as s_slots: it cannot overflow
    }

    /// <summary>Whether <paramref name="handle"/> is a strong handle (a table slot).</summary>
    public static bool IsStrong(nint handle) => (handle & 1) != 0;

    /// <summary>The table index of strong <paramref name="handle"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SlotOf(nint handle) => (int)(handle >> 1);

    /// <summary>The strong handle of table index <paramref name="slot"/> (inverse of <see cref="SlotOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static nint HandleOf(int slot) => ((nint)slot << 1) | 1;

    private struct Slot
    {
        public object? Value;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Grow()
    {
        if (s_used == s_slots.Length)
        {
            Array.Resize(ref s_slots, s_slots.Length * 2);
            Array.Resize(ref s_free, s_slots.Length);
        }
        return s_used++;
    }
}
