using SharpBind;

namespace EmbedExample;

/// <summary>C# code that the embedded Python imports as the module <c>inventory</c>.</summary>
[PyModule("inventory")]
public static partial class Inventory
{
    /// <summary>The price of one item, in cents.</summary>
    public static long PriceOf(string item) => item switch
    {
        "apple" => 40,
        "pear" => 55,
        _ => 100,
    };
}
