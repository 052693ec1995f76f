using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit;

namespace SharpBind.Embedding.Tests;

/// <summary>Runs examples/embed, a separate program that starts and stops its own interpreter.</summary>
public class ExampleTests
{
    [Fact]
    public void Runs_with_the_python3_on_PATH()
    {
        string output = RunExample();
        Assert.Contains("json.dumps: [3,1,4,1,5,9,2,6]", output);
        Assert.Contains("statistics: mean=3.875 median=3.5", output);
        Assert.Contains("re: Python,embedded,inside,console,program", output);
        Assert.Contains("inventory: total=195", output);
        Assert.Contains("error: ValueError: invalid literal for int()", output);
    }

    [Fact]
    public void Uses_numpy_with_Debians_python3()
    {
        const string debian = "/usr/bin/python3";
        if (!File.Exists(debian) || !HasNumpy(debian))
        {
            return; // nothing to show on a machine without it
        }
        string output = RunExample("--python", debian);
        Assert.Contains("sum=15 shape=(2, 3)", output);
    }

    [Fact]
    public void Sees_a_virtual_environment()
    {
        string venv = Path.Combine(Path.GetTempPath(), $"sharpbind_venv_{Environment.ProcessId}");
        try
        {
            using (Process create = Process.Start(new ProcessStartInfo("python3", $"-m venv --without-pip {venv}") { RedirectStandardError = true })!)
            {
                create.WaitForExit();
                Assert.Equal(0, create.ExitCode);
            }
            string output = RunExample("--venv", venv);
            Assert.Contains($"prefix: {venv}", output); // Python found the environment's pyvenv.cfg
            Assert.Contains("inventory: total=195", output);
        }
        finally
        {
            if (Directory.Exists(venv))
            {
                Directory.Delete(venv, recursive: true);
            }
        }
    }

    private static bool HasNumpy(string python)
    {
        using Process process = Process.Start(new ProcessStartInfo(python, "-c \"import numpy\"") { RedirectStandardError = true })!;
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static string RunExample(params string[] args)
    {
        // This assembly runs from tests/SharpBind.Embedding.Tests/bin/CONFIG/TFM/.
        var baseDir = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string configuration = baseDir.Parent!.Name;
        string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
        // bin/CONFIG/TFM/embed_example.dll (not a RID folder below it, which a publish leaves behind).
        string[] dlls = Directory.GetDirectories(Path.Combine(root, "examples/embed/bin", configuration))
            .Select(tfm => Path.Combine(tfm, "embed_example.dll"))
            .Where(File.Exists)
            .ToArray();
        Assert.Single(dlls);

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(dlls[0]);
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using Process process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "the example did not finish");
        Assert.True(process.ExitCode == 0, $"exit code {process.ExitCode}\n{output}\n{error}");
        return output;
    }
}
