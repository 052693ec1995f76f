namespace SharpBind.Generator.Model;

/// <summary>The C# types a value crossing the boundary can have (this release's set).</summary>
internal enum ValueKind
{
    Void,
    Boolean,
    SByte,
    Byte,
    Int16,
    UInt16,
    Int32,
    UInt32,
    Int64,
    UInt64,
    Single,
    Double,
    Char,
    String,
    ByteArray,

    /// <summary>An instance of a <c>[PyClass]</c> class (passed by reference, identity kept).</summary>
    BoundClass,

    /// <summary>A list, array, dictionary, set or value tuple, converted (copied) element by element.</summary>
    Collection,

    /// <summary>A value of a <c>[PyClass]</c> enum (a member of its <c>enum.IntEnum</c>/<c>IntFlag</c> class).</summary>
    Enum,
}
