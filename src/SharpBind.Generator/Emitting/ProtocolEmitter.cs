using System;
using System.Collections.Generic;
using System.Linq;
using SharpBind.Generator.Model;
using static SharpBind.Generator.Emitting.ModuleEmitter;

namespace SharpBind.Generator.Emitting;

/// <summary>
/// Writes the protocol slots of one <c>[PyClass]</c> (see <see cref="ProtocolModel"/>): the lines of the
/// <c>ClassSpec</c> initializer that set them, and their <c>[UnmanagedCallersOnly]</c> functions.
/// </summary>
/// <remarks>
/// A slot tries its C# candidates in order, each only when every operand converts
/// (<c>FromPython.TryX</c>); an operand that does not is foreign, and the slot ends with
/// <c>NotImplemented</c> (or the protocol's "no" answer) so that Python can try the other operand.
/// When several candidates compete and some take numbers, a first pass takes exact Python types only
/// (an int for an <c>int</c> operand, a float for a <c>double</c>), so <c>v * 2</c> picks
/// <c>operator *(Vector, int)</c> over <c>operator *(Vector, double)</c> wherever it is declared.
/// </remarks>
internal static class ProtocolEmitter
{
    private const string Protocols = Internal + ".Protocols";
    private const string CPython = "global::SharpBind.Interop.CPython";

    /// <summary>The <c>__repr__</c> every bound class gets; a positional record's is generated and dataclass-like.</summary>
    private static string ReprFunction(ClassModel type) =>
        type.Record is not null ? RecordEmitter.ReprFunction : Protocols + (type.HasToString ? ".ReprWithToString" : ".Repr");

    /// <summary>The <c>ClassSpec</c> initializer lines that set the class's protocol slots.</summary>
    public static void EmitSpecMembers(SourceWriter w, ClassModel type)
    {
        ProtocolModel protocols = type.Protocols;
        w.Line($"Repr = &{ReprFunction(type)},");
        if (protocols.Comparisons.Count > 0)
        {
            w.Line("RichCompare = &Slot_RichCompare,");
        }
        switch (protocols.Hash)
        {
            case HashKind.GetHashCode:
                w.Line("Hash = &Slot_Hash,");
                break;
            case HashKind.Identity:
                w.Line($"Hash = &{Protocols}.IdentityHash,");
                break;
            case HashKind.Unhashable:
                w.Line("IsUnhashable = true,");
                break;
        }
        foreach (NumberSlotModel slot in protocols.NumberSlots)
        {
            w.Line($"{slot.Property} = &Slot_{slot.Property},");
        }
        if (protocols.Iteration is not null)
        {
            w.Line("Iter = &Slot_Iter,");
        }
        if (protocols.Length is not null)
        {
            w.Line("Length = &Slot_Length,");
        }
        if (protocols.Contains is not null)
        {
            w.Line("Contains = &Slot_Contains,");
        }
        if (protocols.Indexers.Any(i => i.CanGet))
        {
            w.Line("GetItem = &Slot_GetItem,");
        }
        if (protocols.Indexers.Any(i => i.CanSet || i.Delete is not null))
        {
            w.Line("SetItem = &Slot_SetItem,");
        }
    }

    /// <summary>Entries for the class's method table: <c>__enter__</c>/<c>__exit__</c> of an <c>IDisposable</c> class.</summary>
    public static string[] MethodDefinitions(ClassModel type) => type.Protocols.IsDisposable
        ? new[]
        {
            $"new(\"__enter__\", &{Protocols}.Enter, {Quote("__enter__($self, /)\n--\n\nReturns self: the object is its own context manager (C# IDisposable).")}),",
            $"new(\"__exit__\", &{Protocols}.Exit, {Quote("__exit__($self, exc_type, exc_value, traceback, /)\n--\n\nCalls C# Dispose(); an exception from the with block is not swallowed.")}),",
        }
        : Array.Empty<string>();

    /// <summary>The slot functions.</summary>
    public static void EmitFunctions(SourceWriter w, ClassModel type)
    {
        ProtocolModel protocols = type.Protocols;
        if (protocols.Comparisons.Count > 0)
        {
            w.Line();
            EmitRichCompare(w, type);
        }
        if (protocols.Hash == HashKind.GetHashCode)
        {
            w.Line();
            EmitSelfSlot(w, type, "nint", "Slot_Hash", "-1", "<c>__hash__</c>: C# <c>GetHashCode()</c>.", $"return {Protocols}.Hash(target.GetHashCode());");
        }
        foreach (NumberSlotModel slot in protocols.NumberSlots)
        {
            w.Line();
            EmitNumberSlot(w, type, slot);
        }
        if (protocols.Iteration is { } iteration)
        {
            w.Line();
            EmitIteration(w, type, iteration);
        }
        if (protocols.Length is { } length)
        {
            w.Line();
            EmitSelfSlot(w, type, "nint", "Slot_Length", "-1", "<c>__len__</c>: the C# count.", $"return {Protocols}.Length({Substitute(length, "target")});");
        }
        if (protocols.Contains is { } contains)
        {
            w.Line();
            EmitContains(w, contains);
        }
        if (protocols.Indexers.Any(i => i.CanGet))
        {
            w.Line();
            EmitGetItem(w, type);
        }
        if (protocols.Indexers.Any(i => i.CanSet || i.Delete is not null))
        {
            w.Line();
            EmitSetItem(w, type);
        }
    }

    private static void EmitRichCompare(SourceWriter w, ClassModel type)
    {
        OpenSlot(w, "Rich comparison from C# equality, ordering and comparison operators; NotImplemented for an operand C# does not take.",
            $"private static {PyObject}* Slot_RichCompare({PyObject}* self, {PyObject}* other, int op)");
        w.Open("switch (op)");
        int counter = 0;
        foreach (ComparisonModel comparison in type.Protocols.Comparisons)
        {
            w.Line($"case {CPython}.{comparison.Op}:");
            w.Open("");
            Dispatch(w, comparison.Candidates.ToArray(), c => PythonOperands(c, "self", "other"), "return null;", ref counter,
                (condition, candidate, locals) => w.Line($"{condition} return {Result(candidate, locals, counter)};"));
            w.Line("break;");
            w.Close();
        }
        w.Close();
        w.Line($"return {Protocols}.NotImplemented();");
        CloseTry(w, "return " + Internal + ".Errors.Raise(exception, null);");
    }

    private static void EmitNumberSlot(SourceWriter w, ClassModel type, NumberSlotModel slot)
    {
        string name = "Slot_" + slot.Property;
        if (slot.Shape != NumberSlotShape.Binary)
        {
            // The bound object is the only operand; C# declares unary operators on the class or a base.
            OperationModel unary = slot.Candidates[0];
            bool isBool = slot.Shape == NumberSlotShape.Bool;
            string expression = Substitute(unary.Expression, "target");
            EmitSelfSlot(w, type, isBool ? "int" : PyObject + "*", name, isBool ? "-1" : "null",
                $"<c>{slot.PythonName}</c>: C# <c>operator {(isBool ? "true" : XmlText(unary.Expression.Replace("{0}", "")))}</c>.",
                isBool ? $"return {expression} ? 1 : 0;" : $"return {Conversions.ToPythonExpression(unary.Result, expression, "result")};");
            return;
        }
        string reflected = "__r" + slot.PythonName.Substring(2);
        string symbol = XmlText(slot.Candidates[0].Expression.Replace("{0} ", "").Replace(" {1}", ""));
        OpenSlot(w, $"<c>{slot.PythonName}</c> and <c>{reflected}</c>: C# <c>operator {symbol}</c>, with the bound object on either side; NotImplemented for operands no overload takes.",
            $"private static {PyObject}* {name}({PyObject}* left, {PyObject}* right)");
        int counter = 0;
        Dispatch(w, slot.Candidates.ToArray(), c => PythonOperands(c, "left", "right"), "return null;", ref counter,
            (condition, candidate, locals) => w.Line($"{condition} return {Result(candidate, locals, counter)};"));
        w.Line($"return {Protocols}.NotImplemented();");
        CloseTry(w, "return " + Internal + ".Errors.Raise(exception, null);");
    }

    private static void EmitIteration(SourceWriter w, ClassModel type, IterationModel iteration)
    {
        string element = ValueKinds.Declaration(iteration.Element);
        EmitSelfSlot(w, type, PyObject + "*", "Slot_Iter", "null", "<c>__iter__</c>: a Python iterator over the C# enumerator.",
            $"return {Protocols}.Iterate<{element}>({Substitute(iteration.Expression, "target")}, &Slot_IterItem);");
        w.Line();
        w.Line("/// <summary>Converts one element for <c>__iter__</c>, as a return value is converted.</summary>");
        w.Line($"private static {PyObject}* Slot_IterItem({element} item) => {Conversions.ToPythonExpression(iteration.Element, "item")};");
    }

    private static void EmitContains(SourceWriter w, OperationModel contains)
    {
        OpenSlot(w, "<c>__contains__</c>: C# <c>Contains</c>; False for a value of a type it does not take.",
            $"private static int Slot_Contains({PyObject}* self, {PyObject}* value)");
        int counter = 0;
        Dispatch<OperationModel>(w, new[] { contains }, c => PythonOperands(c, "self", "value"), "return -1;", ref counter,
            (condition, candidate, locals) => w.Line($"{condition} return {Substitute(candidate.Expression, locals)} ? 1 : 0;"));
        w.Line("return 0;");
        CloseTry(w, $"{Internal}.Errors.Raise(exception, null);", "return -1;");
    }

    private static void EmitGetItem(SourceWriter w, ClassModel type)
    {
        IndexerModel[] getters = type.Protocols.Indexers.Where(i => i.CanGet).ToArray();
        OpenSlot(w, "<c>__getitem__</c>: the C# indexer that takes the key's type.",
            $"private static {PyObject}* Slot_GetItem({PyObject}* self, {PyObject}* key)");
        EmitTarget(w, type, "null");
        int counter = 0;
        Dispatch<IndexerModel>(w, getters, i => new[] { (i.Key, "key") }, "return null;", ref counter,
            (condition, indexer, locals) => w.Line($"{condition} return {Conversions.ToPythonExpression(indexer.Value, $"target[{indexer.Arguments(locals[0])}]", locals[0] + "_item")};"));
        w.Line($"return {Protocols}.WrongKey(key, {Quote(type.PythonName)}, {Quote(KeyTypes(getters))});");
        CloseTry(w, $"return {Protocols}.RaiseFromIndexer(exception);");
    }

    private static void EmitSetItem(SourceWriter w, ClassModel type)
    {
        IndexerModel[] setters = type.Protocols.Indexers.Where(i => i.CanSet).ToArray();
        IndexerModel[] deleters = type.Protocols.Indexers.Where(i => i.Delete is not null).ToArray();
        for (int i = 0; i < setters.Length; i++)
        {
            IndexerModel setter = setters[i];
            string signature = $"{type.PythonName}.__setitem__(key: {setter.Key.PythonName}, value: {setter.Value.PythonName})";
            w.Line($"private static readonly {Internal}.PyFunctionInfo Info___setitem__{i} = new(");
            w.Line($"    {Quote(type.PythonName + ".__setitem__")}, {Quote(signature)},");
            w.Line($"    new string[] {{ \"key\", \"value\" }}, new string[] {{ {Quote(setter.Key.PythonName)}, {Quote(setter.Value.PythonName)} }}, 2);");
            w.Line();
        }
        OpenSlot(w, "<c>__setitem__</c> (a C# indexer setter) and <c>__delitem__</c> (C# <c>Remove</c>/<c>RemoveAt</c>), chosen by the key's type.",
            $"private static int Slot_SetItem({PyObject}* self, {PyObject}* key, {PyObject}* value)");
        EmitTarget(w, type, "-1");
        int counter = 0;
        w.Open("if (value == null)");
        if (deleters.Length == 0)
        {
            w.Line($"return {Protocols}.CannotAssignItem({Quote(type.PythonName)}, deletion: true);");
        }
        else
        {
            Dispatch<IndexerModel>(w, deleters, i => new[] { (i.Key, "key") }, "return -1;", ref counter, (condition, indexer, locals) =>
            {
                string call = Substitute(indexer.Delete!, "target", locals[0]);
                w.Line(indexer.DeleteReturnsBool
                    ? $"{condition} return {call} ? 0 : {Protocols}.KeyError(key);"
                    : $"{condition} {{ {call}; return 0; }}");
            });
            w.Line($"{Protocols}.WrongKey(key, {Quote(type.PythonName)}, {Quote(KeyTypes(deleters))});");
            w.Line("return -1;");
        }
        w.Close();
        if (setters.Length == 0)
        {
            w.Line($"return {Protocols}.CannotAssignItem({Quote(type.PythonName)}, deletion: false);");
        }
        else
        {
            Dispatch<IndexerModel>(w, setters, i => new[] { (i.Key, "key") }, "return -1;", ref counter, (condition, indexer, locals) =>
            {
                var value = new ParameterModel("value", "value", indexer.Value, null, null, false, false);
                w.Open(condition);
                EmitConversion(w, value, 1, $"Info___setitem__{Array.IndexOf(setters, indexer)}", returnsInt: true, slotExpression: "value");
                w.Line($"target[{indexer.Arguments(locals[0])}] = {Argument(value, 1)};");
                w.Line("return 0;");
                w.Close();
            });
            w.Line($"{Protocols}.WrongKey(key, {Quote(type.PythonName)}, {Quote(KeyTypes(setters))});");
            w.Line("return -1;");
        }
        CloseTry(w, $"{Protocols}.RaiseFromIndexer(exception);", "return -1;");
    }

    // ---- Shared pieces ------------------------------------------------------------------------

    /// <summary>
    /// Writes one <c>if (conversions) ...</c> per candidate (the statement comes from
    /// <paramref name="emit"/>), each followed by a check that passes on an error raised by user code.
    /// With several candidates of which some take numbers, a first pass takes exact types only.
    /// </summary>
    private static void Dispatch<T>(SourceWriter w, IReadOnlyList<T> candidates, Func<T, IReadOnlyList<(TypeModel Type, string Python)>> operands,
        string onError, ref int counter, Action<string, T, string[]> emit)
    {
        bool twoPasses = candidates.Count > 1 && candidates.Any(c => operands(c).Any(o => IsNumber(o.Type)));
        foreach (int pass in twoPasses ? new[] { 1, 2 } : new[] { 0 })
        {
            foreach (T candidate in candidates)
            {
                IReadOnlyList<(TypeModel Type, string Python)> list = operands(candidate);
                if (pass == 2 && !list.Any(o => IsNumber(o.Type)))
                {
                    continue; // took no conversion in the first pass either
                }
                int number = counter;
                string[] locals = list.Select((_, i) => $"c{number}_{i}").ToArray();
                string condition = string.Join(" && ", list.Select((o, i) =>
                    (pass == 1 && IsNumber(o.Type) ? ExactTest(o.Type, o.Python) + " && " : "") + TryConvert(o.Type, o.Python, locals[i])));
                counter++;
                emit($"if ({condition})", candidate, locals);
                w.Line($"if (!{Protocols}.NoMatch()) {onError}");
            }
        }
    }

    // Python operand expressions in C# operand order.
    private static IReadOnlyList<(TypeModel, string)> PythonOperands(OperationModel operation, string first, string second)
    {
        var names = operation.Swapped ? new[] { second, first } : new[] { first, second };
        return operation.Operands.Select((type, i) => (type, names[i])).ToArray();
    }

    private static string Result(OperationModel operation, string[] locals, int counter) =>
        Conversions.ToPythonExpression(operation.Result, Substitute(operation.Expression, locals), $"r{counter}");

    private static bool IsNumber(TypeModel type) => type.Kind is ValueKind.Single or ValueKind.Double
        or ValueKind.SByte or ValueKind.Byte or ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Int32 or ValueKind.UInt32 or ValueKind.Int64 or ValueKind.UInt64;

    private static string ExactTest(TypeModel type, string python) =>
        $"{Protocols}.{(type.Kind is ValueKind.Single or ValueKind.Double ? "IsFloat" : "IsInt")}({python})";

    // Bound classes and converter structs (collections, dates, decimal, ...) name their type in the call.
    private static string TryConvert(TypeModel type, string python, string local) => type.Kind is ValueKind.BoundClass or ValueKind.Collection
        ? $"{Conversions.FromPythonCall(type).Method}({python}, out {ValueKinds.Keyword(type)} {local})"
        : $"{Conversions.FromPythonMethod(type.Kind)}({python}, out {ValueKinds.Keyword(type)} {local})";

    private static string Substitute(string expression, params string[] operands)
    {
        for (int i = 0; i < operands.Length; i++)
        {
            expression = expression.Replace("{" + i + "}", operands[i]);
        }
        return expression;
    }


    private static string KeyTypes(IEnumerable<IndexerModel> indexers) => string.Join(" or ", indexers.Select(i => i.Key.PythonName).Distinct());

    // A slot whose only argument is self: the C# object, then one statement.
    private static void EmitSelfSlot(SourceWriter w, ClassModel type, string returnType, string name, string failure, string summary, string statement)
    {
        OpenSlot(w, summary, $"private static {returnType} {name}({PyObject}* self)");
        EmitTarget(w, type, failure);
        w.Line(statement);
        if (failure == "null")
        {
            CloseTry(w, $"return {Internal}.Errors.Raise(exception, null);");
        }
        else
        {
            CloseTry(w, $"{Internal}.Errors.Raise(exception, null);", $"return {failure};");
        }
    }

    private static void EmitTarget(SourceWriter w, ClassModel type, string failure) =>
        ModuleEmitter.EmitTarget(w, type.ClassName, type.PythonName, ClassEmitter.SelfAccessor(type), failure);

    // The doc comment, the attribute and the signature of a slot function, and the opening of its try block.
    private static void OpenSlot(SourceWriter w, string summary, string signature)
    {
        w.Line($"/// <summary>{summary}</summary>");
        w.Line($"[global::System.Runtime.InteropServices.UnmanagedCallersOnly({Cdecl})]");
        w.Open(signature);
        w.Open("try");
    }

    // Ends the try block and writes the catch-all that keeps C# exceptions out of native code.
    private static void CloseTry(SourceWriter w, params string[] handler)
    {
        w.Close();
        w.Open("catch (global::System.Exception exception)");
        foreach (string line in handler)
        {
            w.Line(line);
        }
        w.Close();
        w.Close();
    }
}
