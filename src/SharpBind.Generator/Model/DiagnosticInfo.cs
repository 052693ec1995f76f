using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace SharpBind.Generator.Model;

/// <summary>A source location kept as plain values, so it can live in the equatable model.</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);

    public static LocationInfo? From(Location? location)
    {
        if (location is null || location.SourceTree is null)
        {
            return null;
        }
        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }
}

/// <summary>A diagnostic to report, kept as plain values (the descriptor is a shared singleton).</summary>
internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public Diagnostic ToDiagnostic() => Diagnostic.Create(Descriptor, Location?.ToLocation(), System.Linq.Enumerable.ToArray<object>(Arguments));
}

/// <summary>The parser's result for one class: the model (null when it cannot be emitted) and its diagnostics.</summary>
internal sealed record ParseResult(ModuleModel? Module, EquatableArray<DiagnosticInfo> Diagnostics, LocationInfo? Location);
