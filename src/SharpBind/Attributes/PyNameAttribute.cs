using System;

namespace SharpBind;

/// <summary>Gives a member or parameter a Python name of its own instead of the snake_case default.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Enum, Inherited = false)]
public sealed class PyNameAttribute : Attribute
{
    /// <summary>Uses <paramref name="name"/> in Python.</summary>
    public PyNameAttribute(string name) => Name = name;

    /// <summary>The Python name.</summary>
    public string Name { get; }
}
