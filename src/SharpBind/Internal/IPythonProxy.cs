using System.ComponentModel;

namespace SharpBind.Internal;

/// <summary>
/// Implemented by the proxy subclass the generator emits for each bindable class: the C# object
/// behind an instance of a Python subclass, whose virtual members call the Python overrides.
/// For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IPythonProxy
{
    /// <summary>The link to the Python half; null only while the base constructor runs.</summary>
    ProxyState? PythonState { get; }
}
