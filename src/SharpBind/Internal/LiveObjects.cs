using System;
using System.Runtime.CompilerServices;

namespace SharpBind.Internal;

/// <summary>
/// The Python object of every live C# object that has one, so that returning the same C# object
/// twice gives the same Python object. Registration is lazy: an object attached to a Python
/// instance is only queued, and enters the <see cref="IdentityMap"/> when someone looks an object
/// up (or the queue fills). The map hashes by <see cref="RuntimeHelpers.GetHashCode(object)"/>, and
/// the first such call on an object draws its hash from a random generator, which would otherwise
/// dominate <c>Point(1.0, 2.0)</c> followed by <c>del</c>: most objects built from Python die before
/// anything asks for their identity, and then never pay for it.
/// <para>
/// Invariant: an attached object is either queued (its slot's owner recorded, not registered) or in
/// the map (registered); a lookup first drains the queue, so it sees every attached object. All
/// members run with the GIL held, which serializes access.
/// </para>
/// </summary>
internal sealed class LiveObjects
{
    private const int QueueCapacity = 1024;

    private readonly IdentityMap _map = new();

    // Per handle slot (ObjectHandles' index): the Python object it is attached to (0 when none) and
    // whether the pair is in _map.
    private nint[] _owners = new nint[256];
    private bool[] _registered = new bool[256];

    // Slots attached since the last drain. An entry may be stale (its object gone, or its slot reused
    // by a newer object): draining checks _owners, so stale entries are skipped or, for a reused
    // slot, register the slot's current pair, which is correct.
    private readonly int[] _queue = new int[QueueCapacity];
    private int _queued;

    /// <summary>Records that the object behind strong <paramref name="handle"/> is attached to <paramref name="self"/>.</summary>
    public void Add(nint handle, nint self)
    {
        int slot = ObjectHandles.SlotOf(handle);
        if (slot >= _owners.Length)
        {
            Grow(slot);
        }
        // A slot is handed out again only after Forget, so it is not registered here.
        _owners[slot] = self;
        if (_queued == QueueCapacity)
        {
            Drain();
        }
        _queue[_queued++] = slot;
    }

    /// <summary>Forgets the pair of strong <paramref name="handle"/> (about to be freed), whose object is <paramref name="target"/>.</summary>
    public void Forget(nint handle, object target, nint self)
    {
        if (!ObjectHandles.IsStrong(handle))
        {
            return; // a proxy's weak handle: never added
        }
        int slot = ObjectHandles.SlotOf(handle);
        if ((uint)slot >= (uint)_owners.Length)
        {
            return; // never added (a struct's box, or a proxy's strong handle)
        }
        if (_registered[slot])
        {
            _map.Remove(target, self);
            _registered[slot] = false;
        }
        _owners[slot] = 0; // a queued entry for this slot is now stale
    }

    /// <summary>The Python object <paramref name="value"/> is attached to, or false.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(object value, out nint self)
    {
        if (_queued != 0)
        {
            Drain();
        }
        return _map.TryGetValue(value, out self);
    }

    // Moves every still-valid queued pair into the map.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Drain()
    {
        for (int i = 0; i < _queued; i++)
        {
            int slot = _queue[i];
            nint owner = _owners[slot];
            if (owner == 0 || _registered[slot])
            {
                continue;
            }
            // The slot holds the object attached to owner: Add set owner after the handle was made,
            // and Forget clears it before the handle is freed.
            object? target = ObjectHandles.Target(ObjectHandles.HandleOf(slot));
            if (target is not null)
            {
                _map.Set(target, owner);
                _registered[slot] = true;
            }
        }
        _queued = 0;
    }

    private void Grow(int slot)
    {
        int length = _owners.Length;
        while (length <= slot)
        {
            length *= 2;
        }
        Array.Resize(ref _owners, length);
        Array.Resize(ref _registered, length);
    }
}
