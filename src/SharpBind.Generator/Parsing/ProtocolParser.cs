using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Finds the C# members of a <c>[PyClass]</c> class that become Python protocols: equality and
/// hashing (<c>Equals</c>, <c>IEquatable&lt;T&gt;</c>, <c>GetHashCode</c>), ordering (<c>IComparable</c>,
/// comparison operators), arithmetic and bitwise operators, iteration (<c>GetEnumerator</c>),
/// <c>Count</c>, <c>Contains</c>, indexers and <c>IDisposable</c>. Members inherited from base classes
/// count, as they do in C#. <c>[PyIgnore]</c> on a member keeps it out.
/// </summary>
internal static class ProtocolParser
{
    private static readonly SymbolDisplayFormat s_typeName = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    // Number slots, in the order they are emitted: C# operator metadata name, ClassSpec property, Python name, shape, C# form.
    private static readonly (string Metadata, string Property, string Python, NumberSlotShape Shape, string Form)[] s_numberSlots =
    {
        ("op_Addition", "Add", "__add__", NumberSlotShape.Binary, "{0} + {1}"),
        ("op_Subtraction", "Subtract", "__sub__", NumberSlotShape.Binary, "{0} - {1}"),
        ("op_Multiply", "Multiply", "__mul__", NumberSlotShape.Binary, "{0} * {1}"),
        ("op_Division", "TrueDivide", "__truediv__", NumberSlotShape.Binary, "{0} / {1}"),
        ("op_Modulus", "Remainder", "__mod__", NumberSlotShape.Binary, "{0} % {1}"),
        ("op_BitwiseAnd", "And", "__and__", NumberSlotShape.Binary, "{0} & {1}"),
        ("op_BitwiseOr", "Or", "__or__", NumberSlotShape.Binary, "{0} | {1}"),
        ("op_ExclusiveOr", "Xor", "__xor__", NumberSlotShape.Binary, "{0} ^ {1}"),
        ("op_LeftShift", "LeftShift", "__lshift__", NumberSlotShape.Binary, "{0} << {1}"),
        ("op_RightShift", "RightShift", "__rshift__", NumberSlotShape.Binary, "{0} >> {1}"),
        ("op_UnaryNegation", "Negative", "__neg__", NumberSlotShape.Unary, "-{0}"),
        ("op_UnaryPlus", "Positive", "__pos__", NumberSlotShape.Unary, "+{0}"),
        ("op_OnesComplement", "Invert", "__invert__", NumberSlotShape.Unary, "~{0}"),
        ("op_True", "Bool", "__bool__", NumberSlotShape.Bool, "{0}"), // used as a condition: C# applies operator true
    };

    // Rich comparisons: CPython's op, the C# operator, and the mirrored one (a < b is b > a).
    private static readonly (string Op, string Metadata, string Symbol, string Mirror, string MirrorSymbol)[] s_comparisons =
    {
        ("Py_LT", "op_LessThan", "<", "op_GreaterThan", ">"),
        ("Py_LE", "op_LessThanOrEqual", "<=", "op_GreaterThanOrEqual", ">="),
        ("Py_EQ", "op_Equality", "==", "op_Equality", "=="),
        ("Py_NE", "op_Inequality", "!=", "op_Inequality", "!="),
        ("Py_GT", "op_GreaterThan", ">", "op_LessThan", "<"),
        ("Py_GE", "op_GreaterThanOrEqual", ">=", "op_LessThanOrEqual", "<="),
    };

    /// <summary>
    /// Members that only serve a protocol and that the class parser must not export as methods
    /// (their types have no conversion): <c>GetEnumerator()</c> and <c>IComparable.CompareTo(object)</c>.
    /// </summary>
    public static bool IsProtocolMember(ISymbol member) => member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false } method
        && ((method.Name == "GetEnumerator" && method.Parameters.Length == 0)
            || (method.Name == "CompareTo" && method.Parameters.Length == 1 && method.Parameters[0].Type.SpecialType == SpecialType.System_Object));

    public static ProtocolModel Parse(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics, ExportedTypes exports, CancellationToken cancellationToken)
    {
        var parser = new Parser(type, diagnostics, exports, cancellationToken);
        return parser.Parse();
    }

    private sealed class Parser
    {
        private readonly INamedTypeSymbol _type;
        private readonly List<DiagnosticInfo> _diagnostics;
        private readonly CancellationToken _cancellationToken;
        private readonly TypeModel _self;
        private readonly ExportedTypes _exports;
        private readonly List<IMethodSymbol> _operators = new();

        public Parser(INamedTypeSymbol type, List<DiagnosticInfo> diagnostics, ExportedTypes exports, CancellationToken cancellationToken)
        {
            _type = type;
            _exports = exports;
            _diagnostics = diagnostics;
            _cancellationToken = cancellationToken;
            _self = TypeClassifier.Classify(type, NullableAnnotation.NotAnnotated, _exports)!;
        }

        public ProtocolModel Parse()
        {
            // User-defined operators of the class and its bases, most-derived first: C# considers both.
            foreach (INamedTypeSymbol current in Hierarchy())
            {
                foreach (ISymbol member in current.GetMembers())
                {
                    _cancellationToken.ThrowIfCancellationRequested();
                    if (member is IMethodSymbol { MethodKind: MethodKind.UserDefinedOperator, DeclaredAccessibility: Accessibility.Public } op && !Ignored(op))
                    {
                        _operators.Add(op);
                    }
                }
            }

            List<ComparisonModel> comparisons = Comparisons(out bool hasEquality);
            bool hasGetHashCode = Overrides("GetHashCode", 0);
            HashKind hash = comparisons.Count == 0 && !hasGetHashCode ? HashKind.Inherited
                : hasGetHashCode ? HashKind.GetHashCode
                : hasEquality ? HashKind.Unhashable
                : HashKind.Identity;
            bool isDisposable = _type.AllInterfaces.FirstOrDefault(i => i.SpecialType == SpecialType.System_IDisposable) is { } disposable
                && !IgnoredImplementation(disposable, "Dispose");
            return new ProtocolModel(
                comparisons.ToEquatableArray(), hash, NumberSlots().ToEquatableArray(), Iteration(), Length(), Contains(), isDisposable,
                Indexers().ToEquatableArray());
        }

        // ---- Operators ------------------------------------------------------------------------

        private List<NumberSlotModel> NumberSlots()
        {
            var slots = new List<NumberSlotModel>();
            foreach ((string metadata, string property, string python, NumberSlotShape shape, string form) in s_numberSlots)
            {
                var candidates = new List<OperationModel>();
                var seen = new HashSet<string>();
                foreach (IMethodSymbol op in _operators.Where(o => o.Name == metadata))
                {
                    if (Operation(op, python, form, swapped: false) is { } operation && seen.Add(Key(operation)))
                    {
                        candidates.Add(operation);
                    }
                }
                if (candidates.Count > 0)
                {
                    // A unary slot always receives the bound object: the most-derived operator serves it.
                    slots.Add(new NumberSlotModel(property, python, shape, (shape == NumberSlotShape.Binary ? candidates : candidates.Take(1)).ToEquatableArray()));
                }
            }
            return slots;
        }

        private List<ComparisonModel> Comparisons(out bool hasEquality)
        {
            // Fallbacks when no operator serves an operand type: IEquatable<T> and Equals for == and !=,
            // IComparable<T> and IComparable for the ordering operators.
            var equals = new List<OperationModel>();
            foreach (INamedTypeSymbol equatable in Interfaces("System.IEquatable<T>"))
            {
                if (!IgnoredImplementation(equatable, "Equals") && Operand(equatable.TypeArguments[0]) is { } other)
                {
                    equals.Add(new OperationModel(Operands(_self, other), false, Bool(),
                        $"((global::System.IEquatable<{equatable.TypeArguments[0].ToDisplayString(s_typeName)}>){{0}}).Equals({{1}})"));
                }
            }
            if (Overrides("Equals", 1))
            {
                equals.Add(new OperationModel(Operands(_self, _self), false, Bool(), "{0}.Equals((object){1})"));
            }
            var compares = new List<(OperationModel Operation, string Text)>();
            foreach (INamedTypeSymbol comparable in Interfaces("System.IComparable<T>"))
            {
                if (!IgnoredImplementation(comparable, "CompareTo") && Operand(comparable.TypeArguments[0]) is { } other)
                {
                    compares.Add((new OperationModel(Operands(_self, other), false, Bool(), ""),
                        $"((global::System.IComparable<{comparable.TypeArguments[0].ToDisplayString(s_typeName)}>){{0}}).CompareTo({{1}})"));
                }
            }
            if (_type.AllInterfaces.FirstOrDefault(i => i.ToDisplayString() == "System.IComparable") is { } nonGeneric && !IgnoredImplementation(nonGeneric, "CompareTo"))
            {
                compares.Add((new OperationModel(Operands(_self, _self), false, Bool(), ""), "((global::System.IComparable){0}).CompareTo({1})"));
            }

            var comparisons = new List<ComparisonModel>();
            hasEquality = false;
            foreach ((string op, string metadata, string symbol, string mirror, string mirrorSymbol) in s_comparisons)
            {
                var candidates = new List<OperationModel>();
                var seen = new HashSet<string>();
                void Add(OperationModel? operation)
                {
                    if (operation is not null && seen.Add(Key(operation)))
                    {
                        candidates.Add(operation);
                    }
                }
                foreach (IMethodSymbol method in _operators.Where(o => o.Name == metadata))
                {
                    Add(Operation(method, "__" + op.Substring(3).ToLowerInvariant() + "__", $"{{0}} {symbol} {{1}}", swapped: false));
                }
                foreach (IMethodSymbol method in _operators.Where(o => o.Name == mirror))
                {
                    Add(Operation(method, null, $"{{0}} {mirrorSymbol} {{1}}", swapped: true));
                }
                switch (op)
                {
                    case "Py_EQ":
                        equals.ForEach(Add);
                        hasEquality = candidates.Count > 0;
                        break;
                    case "Py_NE":
                        equals.ForEach(e => Add(e with { Expression = $"!({e.Expression})" }));
                        break;
                    default:
                        compares.ForEach(c => Add(c.Operation with { Expression = $"{c.Text} {symbol} 0" }));
                        break;
                }
                if (candidates.Count > 0)
                {
                    comparisons.Add(new ComparisonModel(op, candidates.ToEquatableArray()));
                }
            }
            return comparisons;
        }

        // An operator as an operation, or null (with a warning, for the class's own operators) when a type has no conversion.
        private OperationModel? Operation(IMethodSymbol op, string? python, string form, bool swapped)
        {
            var operands = new List<TypeModel>();
            foreach (IParameterSymbol parameter in op.Parameters)
            {
                if (Operand(parameter.Type) is not { } operand)
                {
                    Warn(op, python, $"parameter type '{parameter.Type.ToDisplayString()}' is not supported");
                    return null;
                }
                operands.Add(operand);
            }
            TypeModel? result = TypeClassifier.Classify(op.ReturnType, op.ReturnNullableAnnotation, _exports);
            if (result is null || result.Kind == ValueKind.Void)
            {
                Warn(op, python, $"return type '{op.ReturnType.ToDisplayString()}' is not supported");
                return null;
            }
            return new OperationModel(operands.ToEquatableArray(), swapped, result, form);
        }

        // Two operations with the same Python operand types: only the first can ever run.
        private static string Key(OperationModel operation)
        {
            IEnumerable<TypeModel> python = operation.Swapped ? operation.Operands.Reverse() : operation.Operands;
            return string.Join(",", python.Select(ValueKinds.Keyword));
        }

        // ---- Iteration, len, in ---------------------------------------------------------------

        private IterationModel? Iteration()
        {
            // As foreach: a public GetEnumerator() first, then IEnumerable<T>.
            string expression;
            ITypeSymbol element;
            if (FindMethod("GetEnumerator", m => m.Parameters.Length == 0) is { } method)
            {
                if (Ignored(method))
                {
                    return null;
                }
                INamedTypeSymbol? enumerator = method.ReturnType is INamedTypeSymbol named && IsGeneric(named, "System.Collections.Generic.IEnumerator<T>")
                    ? named
                    : method.ReturnType.AllInterfaces.FirstOrDefault(i => IsGeneric(i, "System.Collections.Generic.IEnumerator<T>"));
                if (enumerator is null)
                {
                    Warn(method, "__iter__", $"it returns '{method.ReturnType.ToDisplayString()}', which is not an IEnumerator<T>");
                    return null;
                }
                expression = "{0}.GetEnumerator()";
                element = enumerator.TypeArguments[0];
            }
            else if (Interfaces("System.Collections.Generic.IEnumerable<T>").FirstOrDefault() is { } enumerable)
            {
                if (IgnoredImplementation(enumerable, "GetEnumerator"))
                {
                    return null;
                }
                element = enumerable.TypeArguments[0];
                expression = $"((global::System.Collections.Generic.IEnumerable<{element.ToDisplayString(s_typeName)}>){{0}}).GetEnumerator()";
            }
            else
            {
                return null;
            }
            TypeModel? type = TypeClassifier.Classify(element, element.NullableAnnotation, _exports);
            if (type is null || type.Kind == ValueKind.Void)
            {
                Warn(_type, "__iter__", $"its elements have type '{element.ToDisplayString()}', which SharpBind cannot convert yet");
                return null;
            }
            return new IterationModel(type, expression);
        }

        private string? Length()
        {
            if (FindProperty("Count") is { } count)
            {
                return Ignored(count) || count.Type.SpecialType != SpecialType.System_Int32 ? null : "{0}.Count";
            }
            foreach (string name in new[] { "System.Collections.Generic.IReadOnlyCollection<T>", "System.Collections.Generic.ICollection<T>" })
            {
                if (Interfaces(name).FirstOrDefault() is { } collection)
                {
                    return IgnoredImplementation(collection, "Count") ? null : $"(({collection.ToDisplayString(s_typeName)}){{0}}).Count";
                }
            }
            if (_type.AllInterfaces.FirstOrDefault(i => i.ToDisplayString() == "System.Collections.ICollection") is { } nonGeneric)
            {
                return IgnoredImplementation(nonGeneric, "Count") ? null : "((global::System.Collections.ICollection){0}).Count";
            }
            return null;
        }

        private OperationModel? Contains()
        {
            if (FindMethod("Contains", m => m.Parameters.Length == 1 && m.ReturnType.SpecialType == SpecialType.System_Boolean
                && m.Parameters[0].RefKind is RefKind.None or RefKind.In) is { } method)
            {
                if (Ignored(method))
                {
                    return null;
                }
                // A parameter type without a conversion is reported where the method is exported (SB0001).
                return Operand(method.Parameters[0].Type) is { } item
                    ? new OperationModel(Operands(_self, item), false, Bool(), "{0}.Contains({1})")
                    : null;
            }
            if (Interfaces("System.Collections.Generic.ICollection<T>").FirstOrDefault() is { } collection
                && !IgnoredImplementation(collection, "Contains") && Operand(collection.TypeArguments[0]) is { } element)
            {
                return new OperationModel(Operands(_self, element), false, Bool(), $"(({collection.ToDisplayString(s_typeName)}){{0}}).Contains({{1}})");
            }
            return null;
        }

        // ---- Indexers ---------------------------------------------------------------------------

        private List<IndexerModel> Indexers()
        {
            var indexers = new List<IndexerModel>();
            var seen = new HashSet<string>();
            foreach (INamedTypeSymbol current in Hierarchy())
            {
                foreach (IPropertySymbol indexer in current.GetMembers().OfType<IPropertySymbol>())
                {
                    if (!indexer.IsIndexer || indexer.IsStatic || indexer.DeclaredAccessibility != Accessibility.Public || Ignored(indexer)
                        || !seen.Add(string.Join(",", indexer.Parameters.Select(p => p.Type.ToDisplayString()))))
                    {
                        continue; // a more-derived indexer with these parameters (an override, or one that hides it) came first
                    }
                    if (indexer.Parameters.Length != 1)
                    {
                        if (MultiIndexer(indexer) is { } multi)
                        {
                            indexers.Add(multi);
                        }
                        continue;
                    }
                    IParameterSymbol parameter = indexer.Parameters[0];
                    TypeModel? key = Operand(parameter.Type);
                    TypeModel? value = TypeClassifier.Classify(indexer.Type, indexer.NullableAnnotation, _exports);
                    if (key is null || value is null || value.Kind == ValueKind.Void)
                    {
                        Warn(indexer, "__getitem__", $"type '{(key is null ? parameter.Type : indexer.Type).ToDisplayString()}' is not supported");
                        continue;
                    }
                    bool canGet = indexer.GetMethod is { DeclaredAccessibility: Accessibility.Public };
                    bool canSet = indexer.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
                    // del x[i] is RemoveAt(i) for a list-like int index, Remove(key) for a dictionary-like key.
                    string remover = key.Kind is ValueKind.Int32 or ValueKind.Int64 or ValueKind.Int16 or ValueKind.SByte
                        or ValueKind.UInt32 or ValueKind.UInt64 or ValueKind.UInt16 or ValueKind.Byte ? "RemoveAt" : "Remove";
                    IMethodSymbol? delete = FindMethod(remover, m => m.Parameters.Length == 1 && m.Parameters[0].RefKind == RefKind.None
                        && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, parameter.Type)
                        && m.ReturnType.SpecialType is SpecialType.System_Void or SpecialType.System_Boolean);
                    if (delete is not null && Ignored(delete))
                    {
                        delete = null;
                    }
                    indexers.Add(new IndexerModel(key, value, canGet, canSet, delete is null ? null : $"{{0}}.{remover}({{1}})",
                        delete?.ReturnType.SpecialType == SpecialType.System_Boolean));
                }
            }
            return indexers;
        }

        // this[int row, int col]: Python's grid[1, 2] passes the tuple (1, 2) as the key. Two or three
        // by-value parameters; no deletion (RemoveAt takes one index).
        private IndexerModel? MultiIndexer(IPropertySymbol indexer)
        {
            TypeModel? key = indexer.Parameters.Length is 2 or 3 && indexer.Parameters.All(p => p.RefKind == RefKind.None && !p.IsParams)
                ? CollectionClassifier.Tuple(indexer.Parameters.Select(p => (p.Type, NullableAnnotation.NotAnnotated)).ToList(), null, false, _exports)
                : null;
            TypeModel? value = TypeClassifier.Classify(indexer.Type, indexer.NullableAnnotation, _exports);
            if (key is null || value is null || value.Kind == ValueKind.Void)
            {
                Warn(indexer, "__getitem__", key is null
                    ? "indexers with more than three parameters, or parameters SharpBind cannot convert, are not supported"
                    : $"type '{indexer.Type.ToDisplayString()}' is not supported");
                return null;
            }
            bool canGet = indexer.GetMethod is { DeclaredAccessibility: Accessibility.Public };
            bool canSet = indexer.SetMethod is { DeclaredAccessibility: Accessibility.Public, IsInitOnly: false };
            return new IndexerModel(key, value, canGet, canSet, null, false, indexer.Parameters.Length);
        }

        // ---- Lookup helpers -------------------------------------------------------------------

        private IEnumerable<INamedTypeSymbol> Hierarchy()
        {
            for (INamedTypeSymbol? current = _type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
            {
                yield return current;
            }
        }

        // Whether the class or a base (not object) overrides object.Equals(object) / GetHashCode().
        private bool Overrides(string name, int parameters) => Hierarchy().Any(t => t.GetMembers(name).OfType<IMethodSymbol>()
            .Any(m => m.IsOverride && m.Parameters.Length == parameters && (parameters == 0 || m.Parameters[0].Type.SpecialType == SpecialType.System_Object) && !Ignored(m)));

        private IMethodSymbol? FindMethod(string name, System.Func<IMethodSymbol, bool> predicate) => Hierarchy()
            .SelectMany(t => t.GetMembers(name).OfType<IMethodSymbol>())
            .FirstOrDefault(m => m is { DeclaredAccessibility: Accessibility.Public, IsStatic: false, MethodKind: MethodKind.Ordinary, IsGenericMethod: false } && predicate(m));

        private IPropertySymbol? FindProperty(string name) => Hierarchy()
            .SelectMany(t => t.GetMembers(name).OfType<IPropertySymbol>())
            .FirstOrDefault(p => p is { IsIndexer: false, IsStatic: false, GetMethod.DeclaredAccessibility: Accessibility.Public });

        private IEnumerable<INamedTypeSymbol> Interfaces(string definition) => _type.AllInterfaces.Where(i => IsGeneric(i, definition));

        private static bool IsGeneric(INamedTypeSymbol type, string definition) => type.IsGenericType && type.OriginalDefinition.ToDisplayString() == definition;

        private static bool Ignored(ISymbol member) => ModuleParser.HasAttribute(member, ModuleParser.IgnoreAttribute);

        // [PyIgnore] on the class's implementation of an interface member.
        private bool IgnoredImplementation(INamedTypeSymbol contract, string member) =>
            contract.GetMembers(member).Any(m => _type.FindImplementationForInterfaceMember(m) is { } implementation && Ignored(implementation));

        private TypeModel? Operand(ITypeSymbol type)
        {
            // A base class that is not bound (an operator or Equals it declares): the bound class's
            // instances are the ones Python can pass.
            if (type is INamedTypeSymbol named && !SymbolEqualityComparer.Default.Equals(named, _type)
                && Hierarchy().Contains(named, SymbolEqualityComparer.Default) && !TypeClassifier.IsBound(named, _exports, out _))
            {
                return _self;
            }
            // Operands are never None: None is foreign to every C# operand, nullable or not.
            TypeModel? model = TypeClassifier.Classify(type, NullableAnnotation.NotAnnotated, _exports);
            return model is null || model.Kind == ValueKind.Void ? null : model with { IsNullableValue = false, AcceptsNone = false };
        }

        private static EquatableArray<TypeModel> Operands(params TypeModel[] operands) => operands.ToEquatableArray();

        private static TypeModel Bool() => new(ValueKind.Boolean, "bool", false, false);

        // Warnings only for the class's own members: a bound base reports its own.
        private void Warn(ISymbol member, string? python, string reason)
        {
            if (python is not null && (SymbolEqualityComparer.Default.Equals(member, _type) || SymbolEqualityComparer.Default.Equals(member.ContainingType, _type)))
            {
                _diagnostics.Add(ModuleParser.Diagnostic(Diagnostics.ProtocolMemberNotBound, ModuleParser.LocationOf(member),
                    member.ToDisplayString(), _type.ToDisplayString(), python, reason));
            }
        }
    }
}
