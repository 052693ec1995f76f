using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using SharpBind.Generator.Model;

namespace SharpBind.Generator.Parsing;

/// <summary>
/// Finds what a proxy subclass must override so that Python subclasses can override a bound class's
/// virtual and abstract methods: every overridable method of the class and its bases (down to, not
/// including, <c>object</c>), each once, in its most-derived form.
/// </summary>
internal static class OverrideParser
{
    // object's virtuals (ToString, Equals, GetHashCode, Finalize) have Python spellings of their own.
    private static readonly HashSet<string> s_objectMembers = new() { "ToString", "Equals", "GetHashCode", "Finalize" };

    /// <summary>
    /// The overrides, or none with <paramref name="noProxyReason"/> set when some abstract member
    /// cannot be overridden from Python (then no proxy is emitted: Python subclasses cannot be created).
    /// </summary>
    public static EquatableArray<OverrideModel> Parse(INamedTypeSymbol type, string pythonName, ExportedTypes exports, out string? noProxyReason, CancellationToken cancellationToken)
    {
        noProxyReason = null;
        var overrides = new List<OverrideModel>();
        var handled = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var signatures = new HashSet<string>();
        bool isInterface = type.TypeKind == TypeKind.Interface;
        foreach (INamedTypeSymbol current in Declarers(type))
        {
            foreach (ISymbol member in current.GetMembers())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (isInterface && !member.IsAbstract)
                {
                    continue; // a default interface method: the proxy keeps it (it could not call it as a fallback)
                }
                if (!handled.Add(member))
                {
                    continue; // a more-derived override was seen already
                }
                MarkOverridden(member, handled);
                if (member.IsStatic || member.IsSealed || !(member.IsVirtual || member.IsAbstract || member.IsOverride)
                    || member.IsImplicitlyDeclared) // compiler-made members (a record's <Clone>$, PrintMembers) stay as they are
                {
                    continue;
                }
                if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                {
                    if (member.IsAbstract && member is IPropertySymbol or IEventSymbol)
                    {
                        noProxyReason ??= $"abstract {(member is IEventSymbol ? "event" : "property")} '{member.Name}' cannot be implemented in Python yet";
                    }
                    continue;
                }
                if (s_objectMembers.Contains(method.Name) || !signatures.Add(Signature(method)))
                {
                    continue;
                }
                string? accessibility = method.DeclaredAccessibility switch
                {
                    Accessibility.Public => "public",
                    Accessibility.Protected => "protected",
                    Accessibility.ProtectedOrInternal => SymbolEqualityComparer.Default.Equals(method.ContainingAssembly, type.ContainingAssembly) ? "protected internal" : "protected",
                    _ => null,
                };
                var parsed = new List<FunctionModel>();
                string? problem = accessibility is null ? "it is not public or protected"
                    : method.ReturnsByRef || method.ReturnsByRefReadonly ? "it returns by reference"
                    : method.Parameters.Any(p => p.RefKind == RefKind.RefReadOnlyParameter) ? "it has a ref readonly parameter"
                    : ClassParser.WarnsWhenUsed(method) ? "overriding it makes the build warn (obsolete, experimental or not trimmable)"
                    : null;
                if (problem is null)
                {
                    // Diagnostics about the signature are reported where the method is exported, if it is.
                    ModuleParser.ParseFunction(method, exports, new List<DiagnosticInfo>(), parsed, cancellationToken, spans: false);
                    if (parsed.Count == 0)
                    {
                        problem = "its signature has types SharpBind cannot convert yet";
                    }
                }
                if (problem is not null)
                {
                    if (method.IsAbstract)
                    {
                        noProxyReason ??= $"abstract method '{method.Name}' cannot be overridden in Python: {problem}";
                    }
                    continue; // a virtual that Python cannot override keeps its C# behaviour
                }
                overrides.Add(new OverrideModel(parsed[0], accessibility!, method.IsAbstract, $"{pythonName}.{parsed[0].PythonName}"));
            }
        }
        if (!isInterface && noProxyReason is null)
        {
            AddInterfaceReimplementations(type, pythonName, exports, overrides, cancellationToken);
        }
        return noProxyReason is null ? overrides.ToEquatableArray() : EquatableArray<OverrideModel>.Empty;
    }

    // A class that implements an interface method with a public non-virtual method (or a sealed
    // override): C# code calling through the interface would never reach the proxy. C# lets a
    // subclass implement the interface again, so the proxy does, explicitly, for each such method
    // whose signature converts; the C# method stays the fallback. Python names already taken by an
    // override are left alone (one attribute per name).
    private static void AddInterfaceReimplementations(INamedTypeSymbol type, string pythonName, ExportedTypes exports,
        List<OverrideModel> overrides, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(overrides.Select(o => o.Function.PythonName));
        foreach (INamedTypeSymbol @interface in type.AllInterfaces)
        {
            if (!ModuleParser.IsReachable(@interface) || ModuleParser.IsGeneric(@interface))
            {
                continue;
            }
            foreach (IMethodSymbol member in @interface.GetMembers().OfType<IMethodSymbol>())
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (member.MethodKind != MethodKind.Ordinary || member.IsStatic || !member.IsAbstract
                    || type.FindImplementationForInterfaceMember(member) is not IMethodSymbol implementation
                    || implementation.DeclaredAccessibility != Accessibility.Public || implementation.ExplicitInterfaceImplementations.Length > 0
                    || (implementation.IsVirtual || implementation.IsAbstract || implementation.IsOverride) && !implementation.IsSealed
                    || member.Parameters.Any(p => p.RefKind != RefKind.None) || member.ReturnsByRef || member.ReturnsByRefReadonly
                    || ClassParser.WarnsWhenUsed(implementation))
                {
                    continue; // virtual (the ordinary override serves), not reimplementable, or not convertible
                }
                var parsed = new List<FunctionModel>();
                ModuleParser.ParseFunction(implementation, exports, new List<DiagnosticInfo>(), parsed, cancellationToken, spans: false);
                if (parsed.Count == 0 || !seen.Add(parsed[0].PythonName))
                {
                    continue;
                }
                overrides.Add(new OverrideModel(parsed[0], "public", false, $"{pythonName}.{parsed[0].PythonName}",
                    @interface.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat)));
            }
        }
    }

    // Where overridable members come from: the class and its base classes (most derived first), or
    // for an interface, the interface and every interface it extends.
    private static IEnumerable<INamedTypeSymbol> Declarers(INamedTypeSymbol type)
    {
        if (type.TypeKind == TypeKind.Interface)
        {
            yield return type;
            foreach (INamedTypeSymbol extended in type.AllInterfaces)
            {
                yield return extended;
            }
            yield break;
        }
        for (INamedTypeSymbol? current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            yield return current;
        }
    }

    private static void MarkOverridden(ISymbol member, HashSet<ISymbol> handled)
    {
        ISymbol? overridden = member switch
        {
            IMethodSymbol m => m.OverriddenMethod,
            IPropertySymbol p => p.OverriddenProperty,
            IEventSymbol e => e.OverriddenEvent,
            _ => null,
        };
        while (overridden is not null)
        {
            handled.Add(overridden);
            overridden = overridden switch
            {
                IMethodSymbol m => m.OverriddenMethod,
                IPropertySymbol p => p.OverriddenProperty,
                IEventSymbol e => e.OverriddenEvent,
                _ => null,
            };
        }
    }

    // Name and parameter types: a `new virtual` method hiding a base one with the same signature is
    // the one an override binds to, so the hidden one is skipped.
    private static string Signature(IMethodSymbol method) =>
        method.Name + "(" + string.Join(",", method.Parameters.Select(p => p.Type.ToDisplayString())) + ")";
}
