using System.Linq;
namespace SharpBind.Generator.Model;

/// <summary>
/// One C# way to compute a protocol result from its operands: an operator, a method call, a cast and
/// a call. A Python slot tries its operations in order; the first whose operands all convert wins.
/// </summary>
/// <param name="Operands">The C# operand types, in C# order (<c>{0}</c>, <c>{1}</c> in <paramref name="Expression"/>).</param>
/// <param name="Swapped">
/// The Python operands (self/left, other/right) are C#'s <c>{1}</c> and <c>{0}</c>: a rich comparison
/// served by the mirrored C# operator (<c>a &lt; b</c> as <c>b &gt; a</c>).
/// </param>
/// <param name="Result">The C# type of the expression.</param>
/// <param name="Expression">C# with <c>{0}</c> and <c>{1}</c> for the operands: <c>{0} + {1}</c>, <c>{0}.CompareTo({1}) &lt; 0</c>.</param>
internal sealed record OperationModel(EquatableArray<TypeModel> Operands, bool Swapped, TypeModel Result, string Expression);

/// <summary>The C# signature of a number slot.</summary>
internal enum NumberSlotShape
{
    /// <summary><c>PyObject* (PyObject* left, PyObject* right)</c>: either operand may be the bound object.</summary>
    Binary,

    /// <summary><c>PyObject* (PyObject* self)</c>.</summary>
    Unary,

    /// <summary><c>int (PyObject* self)</c> (<c>__bool__</c>).</summary>
    Bool,
}

/// <summary>A number slot (<c>nb_add</c>, ...) and the C# operators that serve it.</summary>
/// <param name="Property">The <c>ClassSpec</c> property that sets the slot, also the generated function's name: <c>Add</c>.</param>
/// <param name="PythonName">The Python method it provides: <c>__add__</c> (with <c>__radd__</c> for binary slots).</param>
/// <param name="Shape">Its C# signature.</param>
/// <param name="Candidates">The operators, in the order they are tried.</param>
internal sealed record NumberSlotModel(string Property, string PythonName, NumberSlotShape Shape, EquatableArray<OperationModel> Candidates);

/// <summary>The operations serving one rich comparison operator.</summary>
/// <param name="Op">The CPython constant: <c>Py_LT</c>, <c>Py_EQ</c>, ...</param>
/// <param name="Candidates">In the order they are tried.</param>
internal sealed record ComparisonModel(string Op, EquatableArray<OperationModel> Candidates);

/// <summary>What <c>__hash__</c> is.</summary>
internal enum HashKind
{
    /// <summary>No slot: inherited (the bound base's, or object's identity hash).</summary>
    Inherited,

    /// <summary>C# <c>GetHashCode</c>.</summary>
    GetHashCode,

    /// <summary>The identity hash, set explicitly: a type that defines comparisons does not inherit a hash.</summary>
    Identity,

    /// <summary><c>__hash__ = None</c>: equality without a hash (Python's rule).</summary>
    Unhashable,
}

/// <summary><c>__iter__</c>.</summary>
/// <param name="Element">The element type, converted as a return value is.</param>
/// <param name="Expression">The <c>IEnumerator&lt;Element&gt;</c> from the object <c>{0}</c>: <c>{0}.GetEnumerator()</c>.</param>
internal sealed record IterationModel(TypeModel Element, string Expression);

/// <summary>One C# indexer, for <c>__getitem__</c>/<c>__setitem__</c>/<c>__delitem__</c>.</summary>
/// <param name="Key">The index type.</param>
/// <param name="Value">The element type.</param>
/// <param name="CanGet">A public getter.</param>
/// <param name="CanSet">A public setter (not <c>init</c>).</param>
/// <param name="Delete">What <c>del x[key]</c> calls, with <c>{0}</c> the object and <c>{1}</c> the key (<c>Remove</c> or <c>RemoveAt</c>), or null.</param>
/// <param name="DeleteReturnsBool">The deletion returns false for a missing key (then KeyError).</param>
/// <param name="Arity">The number of C# index parameters: 1, or 2 or 3, when <paramref name="Key"/> is a tuple (<c>grid[1, 2]</c>).</param>
internal sealed record IndexerModel(TypeModel Key, TypeModel Value, bool CanGet, bool CanSet, string? Delete, bool DeleteReturnsBool, int Arity = 1)
{
    /// <summary>The C# index arguments for the converted key in <paramref name="local"/>: <c>k</c>, or <c>k.Item1, k.Item2</c>.</summary>
    public string Arguments(string local) =>
        Arity == 1 ? local : string.Join(", ", System.Linq.Enumerable.Range(1, Arity).Select(i => $"{local}.Item{i}"));
}

/// <summary>
/// The Python protocols a bound class implements, from C# members it already has: equality, hashing,
/// ordering, operators, iteration, <c>len</c>, <c>in</c>, indexing and <c>with</c>.
/// </summary>
/// <param name="Comparisons">Rich comparison, one entry per operator that has operations (empty: no <c>tp_richcompare</c>).</param>
/// <param name="Hash">What <c>__hash__</c> is.</param>
/// <param name="NumberSlots">Operators.</param>
/// <param name="Iteration"><c>__iter__</c>, or null.</param>
/// <param name="Length"><c>__len__</c>: the count of the object <c>{0}</c> (an <c>int</c> expression), or null.</param>
/// <param name="Contains"><c>__contains__</c> (operands: the object, the value; a <c>bool</c> result), or null.</param>
/// <param name="IsDisposable"><c>IDisposable</c>: <c>__enter__</c>/<c>__exit__</c>.</param>
/// <param name="Indexers">Public one-parameter indexers, in the order keys are tried.</param>
internal sealed record ProtocolModel(
    EquatableArray<ComparisonModel> Comparisons, HashKind Hash, EquatableArray<NumberSlotModel> NumberSlots,
    IterationModel? Iteration, string? Length, OperationModel? Contains, bool IsDisposable, EquatableArray<IndexerModel> Indexers)
{
    /// <summary>No protocol beyond <c>__repr__</c> (and <c>__str__</c>, which <see cref="ClassModel.HasToString"/> covers).</summary>
    public static ProtocolModel None { get; } = new(
        EquatableArray<ComparisonModel>.Empty, HashKind.Inherited, EquatableArray<NumberSlotModel>.Empty,
        null, null, null, false, EquatableArray<IndexerModel>.Empty);
}
