namespace System.Runtime.CompilerServices
{
    /// <summary>Lets records compile for netstandard2.0 (the type ships with .NET 5+ only).</summary>
    internal static class IsExternalInit
    {
    }
}
