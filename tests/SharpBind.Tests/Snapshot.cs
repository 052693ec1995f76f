using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit;

namespace SharpBind.Tests;

/// <summary>
/// Golden-file comparison for generator output. Expected text lives in
/// <c>Snapshots/&lt;TestName&gt;.verified.cs</c> next to this file; set
/// <c>SHARPBIND_UPDATE_SNAPSHOTS=1</c> to (re)write it, then review the diff before committing.
/// </summary>
internal static class Snapshot
{
    public const string UpdateVariable = "SHARPBIND_UPDATE_SNAPSHOTS";

    public static void Match(string actual, [CallerMemberName] string testName = "", [CallerFilePath] string callerFile = "")
    {
        // The source tree, not the output directory: updates must land in the checked-in files.
        string path = Path.Combine(Path.GetDirectoryName(callerFile)!, "Snapshots", testName + ".verified.cs");
        // A checkout may have turned '\n' into "\r\n"; the generator always writes '\n'.
        string? expected = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            return;
        }
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            return;
        }
        string hint = $"Set {UpdateVariable}=1 to accept the new output, then review the diff.";
        Assert.Fail(expected is null
            ? $"Snapshot {path} does not exist. {hint}\n--- actual ---\n{actual}"
            : $"Generated code differs from {path}. {hint}\n{Diff(expected, actual)}");
    }

    /// <summary>The first differing line with a little context, as '-' expected / '+' actual lines.</summary>
    internal static string Diff(string expected, string actual)
    {
        string[] left = expected.Split('\n');
        string[] right = actual.Split('\n');
        int first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }
        // Skip the common tail too, so an inserted line shows as just that line.
        int tailLeft = left.Length - 1, tailRight = right.Length - 1;
        while (tailLeft >= first && tailRight >= first && left[tailLeft] == right[tailRight])
        {
            tailLeft--;
            tailRight--;
        }
        var diff = new StringBuilder($"@@ line {first + 1} @@\n");
        for (int i = Math.Max(0, first - 3); i < first; i++)
        {
            diff.Append("  ").Append(left[i]).Append('\n');
        }
        for (int i = first; i <= tailLeft; i++)
        {
            diff.Append("- ").Append(left[i]).Append('\n');
        }
        for (int i = first; i <= tailRight; i++)
        {
            diff.Append("+ ").Append(right[i]).Append('\n');
        }
        for (int i = tailLeft + 1; i < Math.Min(left.Length, tailLeft + 4); i++)
        {
            diff.Append("  ").Append(left[i]).Append('\n');
        }
        return diff.ToString();
    }
}
