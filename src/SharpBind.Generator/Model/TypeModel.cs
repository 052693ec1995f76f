namespace SharpBind.Generator.Model;

/// <summary>
/// A parameter, return or attribute type.
/// </summary>
/// <param name="Kind">The underlying value kind.</param>
/// <param name="CSharpName">The fully qualified C# type (<c>global::System.Int32?</c>).</param>
/// <param name="IsNullableValue">A <c>Nullable&lt;T&gt;</c> around <paramref name="Kind"/>.</param>
/// <param name="AcceptsNone">None converts to null (nullable value types and <c>string?</c>/<c>byte[]?</c>).</param>
/// <param name="BoundName">For <see cref="ValueKind.BoundClass"/> and <see cref="ValueKind.Enum"/>: the Python class name.</param>
/// <param name="EnumUnderlying">For <see cref="ValueKind.Enum"/>: the underlying integer kind.</param>
/// <param name="BoundModule">For <see cref="ValueKind.Enum"/>: the module named in its <c>[PyClass(Module = ...)]</c>, or null for the compilation's only module.</param>
/// <param name="IsInterface">For <see cref="ValueKind.BoundClass"/>: a bound interface (conversion checks that the C# object implements it).</param>
/// <param name="IsValueType">For <see cref="ValueKind.BoundClass"/>: a bound struct (copied in and out, no identity).</param>
/// <param name="Converter">For <see cref="ValueKind.Collection"/>: the runtime converter struct, fully qualified.</param>
/// <param name="CollectionName">For <see cref="ValueKind.Collection"/>: the Python type name (<c>list[int]</c>).</param>
internal sealed record TypeModel(ValueKind Kind, string CSharpName, bool IsNullableValue, bool AcceptsNone, string? BoundName = null,
    ValueKind? EnumUnderlying = null, string? BoundModule = null, bool IsInterface = false, bool IsValueType = false,
    string? Converter = null, string? CollectionName = null)
{
    /// <summary>The Python type name shown in signatures and errors.</summary>
    public string PythonName
    {
        get
        {
            string name = Kind switch
            {
                ValueKind.Void => "None",
                ValueKind.Boolean => "bool",
                ValueKind.Single or ValueKind.Double => "float",
                ValueKind.Char or ValueKind.String => "str",
                ValueKind.ByteArray => "bytes",
                ValueKind.BoundClass or ValueKind.Enum => BoundName ?? "object",
                ValueKind.Collection => CollectionName ?? "object",
                _ => "int",
            };
            return AcceptsNone && Kind != ValueKind.Void ? name + " | None" : name;
        }
    }
}
