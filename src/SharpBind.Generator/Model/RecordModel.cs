namespace SharpBind.Generator.Model;

/// <summary>One positional field of a record: a primary-constructor parameter and its property.</summary>
/// <param name="PythonName">The keyword name (the parameter's Python name).</param>
/// <param name="PropertyName">The C# property holding it.</param>
/// <param name="Type">Its type.</param>
internal sealed record RecordFieldModel(string PythonName, string PropertyName, TypeModel Type);

/// <summary>
/// A positional record's fields, in primary-constructor order: they make the dataclass-like
/// <c>__repr__</c>, <c>__match_args__</c> and pickling (<c>__reduce__</c>).
/// </summary>
internal sealed record RecordModel(EquatableArray<RecordFieldModel> Fields);
