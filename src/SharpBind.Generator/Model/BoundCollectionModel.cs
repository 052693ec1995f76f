namespace SharpBind.Generator.Model;

/// <summary>
/// A <c>List&lt;T&gt;</c> or <c>Dictionary&lt;K, V&gt;</c> that <c>[PyExport]</c> binds by reference
/// (<see cref="Parsing.BoundCollectionExports"/>); held by <see cref="ClassModel.Collection"/>.
/// </summary>
/// <param name="IsDictionary">A <c>Dictionary&lt;K, V&gt;</c> (else a <c>List&lt;T&gt;</c>).</param>
/// <param name="TypeArguments">
/// The type arguments of the runtime's <c>BoundCollections.AddList</c>/<c>AddDictionary</c>: each
/// element type followed by its converter struct, fully qualified.
/// </param>
internal sealed record BoundCollectionModel(bool IsDictionary, string TypeArguments);
