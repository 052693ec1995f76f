using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Reads how Python may pass each parameter of a method: <c>[PositionalOnly]</c> (Python's <c>/</c>),
/// <c>[KeywordOnly]</c> (<c>*</c>), a <c>params</c> collection (<c>*args</c>), a <c>[Kwargs]</c>
/// dictionary (<c>**kwargs</c>), and <c>[NoConvert]</c>; reports SB0050-SB0053 for misuse.
/// </summary>
internal static class SignatureParser
{
    private const string PositionalOnly = "SharpBind.PositionalOnlyAttribute";
    private const string KeywordOnly = "SharpBind.KeywordOnlyAttribute";
    private const string Kwargs = "SharpBind.KwargsAttribute";
    private const string NoConvert = "SharpBind.NoConvertAttribute";

    private static readonly HashSet<string> s_dictionaries = new()
    {
        "System.Collections.Generic.Dictionary<TKey, TValue>", "System.Collections.Generic.IDictionary<TKey, TValue>",
        "System.Collections.Generic.IReadOnlyDictionary<TKey, TValue>",
    };

    /// <summary>
    /// Sets <see cref="ParameterModel.Kind"/>, <see cref="ParameterModel.NoConvert"/> and
    /// <see cref="ParameterModel.ItemPythonName"/> on <paramref name="parameters"/> (already classified,
    /// one per symbol). Returns false when it reported an error.
    /// </summary>
    public static bool Apply(IMethodSymbol method, IReadOnlyList<IParameterSymbol> symbols, List<ParameterModel> parameters, ExportedTypes exports,
        List<DiagnosticInfo> diagnostics)
    {
        bool ok = true;
        int count = symbols.Count;
        int lastPositionalOnly = -1, firstKeywordOnly = -1, kwargs = -1;
        for (int i = 0; i < count; i++)
        {
            IParameterSymbol symbol = symbols[i];
            bool isVarArgs = symbol.IsParams;
            bool isKwargs = ModuleParser.HasAttribute(symbol, Kwargs);
            foreach ((string attribute, string marker) in new[] { (PositionalOnly, "[PositionalOnly]"), (KeywordOnly, "[KeywordOnly]") })
            {
                if (!ModuleParser.HasAttribute(symbol, attribute))
                {
                    continue;
                }
                ref int index = ref attribute == PositionalOnly ? ref lastPositionalOnly : ref firstKeywordOnly;
                string? problem = isVarArgs || isKwargs ? $"{marker} cannot mark {(isVarArgs ? "a params collection (*args)" : "a [Kwargs] dictionary (**kwargs)")}"
                    : index >= 0 ? $"only one parameter can carry {marker}; it already marks '{symbols[index].Name}'"
                    : null;
                if (problem is not null)
                {
                    ok = Report(Diagnostics.MisplacedParameterMarker, symbol, diagnostics, symbol.Name, method.Name, problem);
                    continue;
                }
                index = i;
            }
            if (isKwargs)
            {
                if (kwargs >= 0)
                {
                    ok = Report(Diagnostics.MisplacedKwargs, symbol, diagnostics, symbol.Name, method.Name, $"only one parameter can be [Kwargs]; '{symbols[kwargs].Name}' is already");
                }
                else if (!(i == count - 1 || (i == count - 2 && symbols[count - 1].IsParams)))
                {
                    ok = Report(Diagnostics.MisplacedKwargs, symbol, diagnostics, symbol.Name, method.Name, "it must be the last parameter, or the last before a params collection");
                }
                else if (!IsStringKeyedDictionary(symbol.Type))
                {
                    ok = Report(Diagnostics.InvalidKwargsType, symbol, diagnostics, symbol.Name, method.Name, symbol.Type.ToDisplayString());
                }
                kwargs = i;
            }
            if (ModuleParser.HasAttribute(symbol, NoConvert) && !Converts(parameters[i].Type))
            {
                ok = Report(Diagnostics.NoConvertWithoutConversion, symbol, diagnostics, symbol.Name, method.Name, symbol.Type.ToDisplayString());
            }
        }
        if (lastPositionalOnly >= 0 && firstKeywordOnly >= 0 && lastPositionalOnly >= firstKeywordOnly)
        {
            IParameterSymbol symbol = symbols[lastPositionalOnly];
            ok = Report(Diagnostics.MisplacedParameterMarker, symbol, diagnostics, symbol.Name, method.Name,
                $"[PositionalOnly] must mark a parameter before the [KeywordOnly] one ('{symbols[firstKeywordOnly].Name}'): positional-only parameters come first");
        }
        if (!ok)
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            IParameterSymbol symbol = symbols[i];
            ParameterKind kind = symbol.IsParams ? ParameterKind.VarArgs
                : i == kwargs ? ParameterKind.VarKwargs
                : i <= lastPositionalOnly ? ParameterKind.PositionalOnly
                : firstKeywordOnly >= 0 && i >= firstKeywordOnly ? ParameterKind.KeywordOnly
                : ParameterKind.PositionalOrKeyword;
            string? item = kind switch
            {
                ParameterKind.VarArgs => ItemName(symbol.Type, 0, exports),
                ParameterKind.VarKwargs => ItemName(symbol.Type, 1, exports),
                _ => null,
            };
            ParameterModel parameter = parameters[i] with { Kind = kind, NoConvert = ModuleParser.HasAttribute(symbol, NoConvert), ItemPythonName = item };
            if (parameter.IsVariadic)
            {
                // The binder always fills *args and **kwargs (with an empty tuple or dict at least): a
                // C# default (`= null!`, needed after optional parameters) never applies, and None never comes.
                parameter = parameter with { DefaultCSharp = null, DefaultPython = null, ForgiveNull = false, Type = parameter.Type with { AcceptsNone = false } };
            }
            parameters[i] = parameter;
        }
        return true;
    }

    /// <summary>The kinds whose converters convert (and so have an exact test for <c>[NoConvert]</c>).</summary>
    internal static bool Converts(TypeModel type) => type.Kind is ValueKind.Boolean or ValueKind.SByte or ValueKind.Byte or ValueKind.Int16
        or ValueKind.UInt16 or ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64 or ValueKind.Single or ValueKind.Double;

    private static bool IsStringKeyedDictionary(ITypeSymbol type) =>
        type is INamedTypeSymbol { IsGenericType: true } named && s_dictionaries.Contains(named.OriginalDefinition.ToDisplayString())
        && named.TypeArguments[0].SpecialType == SpecialType.System_String;

    // The Python type of one item of a params collection (argument 0) or a kwargs dictionary's value (argument 1).
    private static string? ItemName(ITypeSymbol type, int argument, ExportedTypes exports)
    {
        (ITypeSymbol? item, NullableAnnotation annotation) = type switch
        {
            IArrayTypeSymbol array => (array.ElementType, array.ElementNullableAnnotation),
            INamedTypeSymbol { IsGenericType: true } named when named.TypeArguments.Length > argument
                => (named.TypeArguments[argument], named.TypeArgumentNullableAnnotations[argument]),
            _ => (null, NullableAnnotation.None),
        };
        return item is null ? null : TypeClassifier.Classify(item, annotation, exports)?.PythonName;
    }

    private static bool Report(DiagnosticDescriptor descriptor, IParameterSymbol symbol, List<DiagnosticInfo> diagnostics, params string[] arguments)
    {
        diagnostics.Add(ModuleParser.Diagnostic(descriptor, ModuleParser.LocationOf(symbol), arguments));
        return false;
    }
}
