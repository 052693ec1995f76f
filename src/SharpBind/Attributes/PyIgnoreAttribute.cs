using System;

namespace SharpBind;

/// <summary>Keeps a public member out of Python.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Property | AttributeTargets.Field, Inherited = false)]
public sealed class PyIgnoreAttribute : Attribute
{
}
