using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Delegate types declared in the compilation (<c>delegate int BinaryOp(int a, int b);</c>): each gets a
/// generated converter struct (see <c>Emitting/DelegateEmitter</c>), named from the delegate's full
/// name, so the classifier can refer to it wherever the delegate is used. <c>Action</c> and
/// <c>Func</c> have converters in the runtime instead.
/// </summary>
internal static class DelegateShapes
{
    private const string Namespace = "global::SharpBind.Generated.Delegates.";

    // A delegate whose parameter is a delegate whose parameter is ...: deep enough for real code,
    // and a stop for a delegate that takes itself.
    private const int MaxDepth = 8;

    [ThreadStatic]
    private static int t_depth;

    /// <summary>
    /// The model of <paramref name="type"/>: a non-generic delegate declared in source, reachable from
    /// generated code (public or internal, and so are its containing types), whose parameters are all
    /// by value and, like its result, convertible. Null otherwise.
    /// </summary>
    public static DelegateModel? Model(INamedTypeSymbol type, ExportedTypes exports)
    {
        type = (INamedTypeSymbol)type.WithNullableAnnotation(NullableAnnotation.NotAnnotated); // BinaryOp? is BinaryOp's converter
        if (type.TypeKind != TypeKind.Delegate || type.DeclaringSyntaxReferences.Length == 0 || type.DelegateInvokeMethod is not { } invoke
            || invoke.ReturnsByRef || invoke.ReturnsByRefReadonly || !IsReachable(type) || t_depth >= MaxDepth)
        {
            return null;
        }
        t_depth++;
        try
        {
            var parameters = new List<DelegatePart>();
            foreach (IParameterSymbol parameter in invoke.Parameters)
            {
                if (parameter.RefKind != RefKind.None || parameter.IsParams
                    || CollectionClassifier.Element(parameter.Type, parameter.NullableAnnotation, exports) is not { } part)
                {
                    return null;
                }
                parameters.Add(new DelegatePart(part.Type, part.Converter, part.PythonName));
            }
            DelegatePart? result = null;
            if (!invoke.ReturnsVoid)
            {
                if (CollectionClassifier.Element(invoke.ReturnType, invoke.ReturnNullableAnnotation, exports) is not { } part)
                {
                    return null;
                }
                result = new DelegatePart(part.Type, part.Converter, part.PythonName);
            }
            string pythonName = $"Callable[[{string.Join(", ", parameters.Select(p => p.PythonName))}], {result?.PythonName ?? "None"}]";
            return new DelegateModel(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), ConverterName(type),
                parameters.ToEquatableArray(), result, pythonName);
        }
        finally
        {
            t_depth--;
        }
    }

    /// <summary>The generated converter's name: <c>Ns.Outer.BinaryOp</c> → <c>...Delegates.Converter_Ns_Outer_BinaryOp</c> (a <c>_</c> in a name is doubled, so names stay distinct).</summary>
    private static string ConverterName(INamedTypeSymbol type) =>
        Namespace + "Converter_" + type.ToDisplayString().Replace("_", "__").Replace('.', '_');

    // Generated code lives in another namespace of the same assembly: public or internal all the way out,
    // and no generic container (its type parameters would be unbound there).
    private static bool IsReachable(INamedTypeSymbol type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.ContainingType)
        {
            if (current.IsGenericType || current.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal))
            {
                return false;
            }
        }
        return true;
    }
}
