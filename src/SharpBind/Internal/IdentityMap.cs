using System.Runtime.CompilerServices;

namespace SharpBind.Internal;

/// <summary>
/// C# object → its Python object, by reference identity: an open-addressing table with linear
/// probing on <see cref="RuntimeHelpers.GetHashCode(object)"/>, and backward-shift deletion so no
/// tombstones build up under churn. Unlike a <c>Dictionary</c> with a comparer, lookups make no
/// interface calls. Keys are strong references (the Python object keeps the C# object alive anyway);
/// the GIL serializes all access.
/// </summary>
internal sealed class IdentityMap
{
    private object?[] _keys = new object?[1024];
    private nint[] _values = new nint[1024];
    private int _count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(object key) => (int)((uint)(RuntimeHelpers.GetHashCode(key) * -1640531535) & (uint)(_keys.Length - 1));

    /// <summary>The value for <paramref name="key"/>, or false.</summary>
    public bool TryGetValue(object key, out nint value)
    {
        object?[] keys = _keys;
        int mask = keys.Length - 1;
        for (int i = Slot(key); ; i = (i + 1) & mask)
        {
            object? candidate = keys[i];
            if (candidate is null)
            {
                value = 0;
                return false;
            }
            if (ReferenceEquals(candidate, key))
            {
                value = _values[i];
                return true;
            }
        }
    }

    /// <summary>Adds or replaces the value for <paramref name="key"/>.</summary>
    public void Set(object key, nint value)
    {
        if ((_count + 1) * 2 > _keys.Length)
        {
            Resize();
        }
        object?[] keys = _keys;
        int mask = keys.Length - 1;
        int i = Slot(key);
        for (; keys[i] is { } candidate; i = (i + 1) & mask)
        {
            if (ReferenceEquals(candidate, key))
            {
                _values[i] = value;
                return;
            }
        }
        keys[i] = key;
        _values[i] = value;
        _count++;
    }

    /// <summary>Removes <paramref name="key"/> if its value is <paramref name="value"/>.</summary>
    public void Remove(object key, nint value)
    {
        object?[] keys = _keys;
        int mask = keys.Length - 1;
        int i = Slot(key);
        for (; ; i = (i + 1) & mask)
        {
            object? candidate = keys[i];
            if (candidate is null)
            {
                return;
            }
            if (ReferenceEquals(candidate, key))
            {
                break;
            }
        }
        if (_values[i] != value)
        {
            return; // the object has a newer Python object
        }
        // Backward-shift deletion: move later entries of the probe run into the gap when their home
        // slot allows it, so lookups never stop early at a hole.
        int gap = i;
        for (int j = (gap + 1) & mask; keys[j] is { } next; j = (j + 1) & mask)
        {
            int home = Slot(next);
            if (((j - home) & mask) >= ((j - gap) & mask))
            {
                keys[gap] = next;
                _values[gap] = _values[j];
                gap = j;
            }
        }
        keys[gap] = null;
        _values[gap] = 0;
        _count--;
    }

    private void Resize()
    {
        object?[] oldKeys = _keys;
        nint[] oldValues = _values;
        _keys = new object?[oldKeys.Length * 2];
        _values = new nint[oldKeys.Length * 2];
        _count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] is { } key)
            {
                Set(key, oldValues[i]);
            }
        }
    }
}
