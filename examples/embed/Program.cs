// Embeds CPython in a C# program: the standard library (json, statistics, re), numpy when the chosen
// Python has it, Python calling back into C# through an embedded [PyModule], and Python errors as
// C# exceptions. Run: dotnet run --project examples/embed [-- --python /usr/bin/python3 | --venv DIR]
using System;
using SharpBind;

namespace EmbedExample;

internal static class Program
{
    private static int Main(string[] args)
    {
        // The [PyModule("inventory")] class in this program is importable inside it with nothing to
        // register: the generator lists every module of the assembly for PythonInterpreter.Start.
        var options = new PythonOptions { Argv = { "embed_example" } };
        if (args.Length == 2 && args[0] == "--python")
        {
            options.PythonExecutable = args[1];
        }
        else if (args.Length == 2 && args[0] == "--venv")
        {
            options.VirtualEnvironment = args[1];
        }

        // The GIL belongs to this thread until the interpreter is disposed.
        using PythonInterpreter python = PythonInterpreter.Start(options);
        Console.WriteLine($"Python {PythonInterpreter.Version.Split(' ')[0]} from {python.LibraryPath}");
        Console.WriteLine($"prefix: {Py.Eval<string>("__import__('sys').prefix")}");

        // json: a C# list of numbers out, a dict back in.
        using PythonModule json = Py.Import("json");
        using var numbers = new PythonList(3, 1, 4, 1, 5, 9, 2, 6);
        string text = json.CallMethod("dumps", [numbers], new PythonDict { ["separators"] = new PythonTuple(",", ":") }).As<string>();
        Console.WriteLine($"json.dumps: {text}");
        using PythonObject parsed = json.CallMethod("loads", "{\"name\": \"pear\", \"count\": 3}");
        Console.WriteLine($"json.loads: name={parsed["name"].As<string>()} count={parsed["count"].As<int>()}");

        // statistics: typed calls convert the result.
        using PythonModule statistics = Py.Import("statistics");
        Console.WriteLine($"statistics: mean={statistics.GetAttr("mean").Invoke<PythonObject, double>(numbers)} " +
                          $"median={statistics.GetAttr("median").Invoke<PythonObject, double>(numbers)}");

        // re: iterate over the matches.
        using PythonModule re = Py.Import("re");
        var words = new System.Collections.Generic.List<string>();
        foreach (PythonObject match in re.CallMethod("finditer", @"\b\w{5,}\b", "Python embedded inside a C# console program"))
        {
            using (match)
            {
                words.Add(match.CallMethod("group").As<string>());
            }
        }
        Console.WriteLine($"re: {string.Join(",", words)}");

        // Python code calling C# (the embedded module), with globals shared across Exec and Eval.
        using var scope = new PythonDict();
        Py.Exec("import inventory\ndef total(items):\n    return sum(inventory.price_of(i) for i in items)\n", scope);
        Console.WriteLine($"inventory: total={Py.Eval<long>("total(['apple', 'pear', 'fig'])", scope)}");

        // numpy, when this Python has it.
        try
        {
            using PythonModule numpy = Py.Import("numpy");
            using PythonObject matrix = numpy.CallMethod("arange", 6).CallMethod("reshape", 2, 3);
            Console.WriteLine($"numpy {numpy.GetAttr<string>("__version__")}: sum={matrix.CallMethod("sum").As<long>()} shape={matrix.GetAttr("shape").Repr()}");
        }
        catch (PythonException e) when (e.PythonTypeName == "ModuleNotFoundError")
        {
            Console.WriteLine("numpy: not installed for this Python");
        }

        // A Python error is a C# exception.
        try
        {
            Py.Eval("int('not a number')");
        }
        catch (PythonException e)
        {
            Console.WriteLine($"error: {e.Message}");
        }
        return 0;
    }
}
