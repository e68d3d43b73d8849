using System.Diagnostics;
using System.Text.Json;
using Parallax.Cli.Commands;
using Parallax.Evaluation;
using Parallax.Model;

namespace Parallax.Cli.Baselines;

/// <summary>
/// The comparison baseline of <c>parallax eval time-specs</c> and <c>parallax eval time</c>: chrono-node (npm), its
/// French (<c>chrono.fr</c>) and English (<c>chrono.en</c>) parsers, run by <c>bench/chrono/chrono-cases.mjs</c> under
/// node over the same inputs as Parallax (JSON lines on stdin, one result line per input on stdout). It is not a
/// dependency of Parallax: <c>bash bench/chrono/install.sh</c> installs it; without it the command says so.
/// </summary>
internal static class ChronoBaseline
{
    public const string Script = "chrono-cases.mjs";

    /// <summary>"chrono-node 2.10.3", read from the installed package.</summary>
    public static string Name(string dir)
    {
        try
        {
            using var pkg = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "node_modules", "chrono-node", "package.json")));
            return "chrono-node " + pkg.RootElement.GetProperty("version").GetString();
        }
        catch (Exception e) when (e is IOException or JsonException or KeyNotFoundException) { return "chrono-node"; }
    }

    /// <summary>
    /// The bench/chrono folder: the one given, else the first bench/chrono found going up from the working directory
    /// and from the program's folder. Throws a <see cref="UsageException"/> saying how to install chrono-node when it
    /// is not installed.
    /// </summary>
    public static string Locate(string? given)
    {
        string? dir = given;
        if (dir == null)
            foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            {
                for (var d = new DirectoryInfo(start); d != null && dir == null; d = d.Parent)
                    if (File.Exists(Path.Combine(d.FullName, "bench", "chrono", Script))) dir = Path.Combine(d.FullName, "bench", "chrono");
                if (dir != null) break;
            }
        if (dir == null || !File.Exists(Path.Combine(dir, Script)))
            throw new UsageException($"chrono baseline: bench/chrono/{Script} not found (run from the repository, or give --chrono-dir)");
        if (!Directory.Exists(Path.Combine(dir, "node_modules", "chrono-node")))
            throw new UsageException($"chrono baseline: chrono-node is not installed in {dir}. Install it with `bash {Path.Combine(dir, "install.sh")}` "
                                     + "(needs node and npm), or run without --baseline chrono.");
        return dir;
    }

    /// <summary>A <see cref="TimeTagger"/> that runs chrono-node from <paramref name="dir"/>.</summary>
    public static TimeTagger Tagger(string dir) => inputs => Run(dir, inputs);

    static IReadOnlyList<IReadOnlyList<TimeExpression>> Run(string dir, IReadOnlyList<TimeInput> inputs)
    {
        var psi = new ProcessStartInfo("node", Script)
        {
            WorkingDirectory = dir, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false, StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process proc;
        try { proc = Process.Start(psi) ?? throw new UsageException("chrono baseline: node did not start"); }
        catch (System.ComponentModel.Win32Exception e) { throw new UsageException($"chrono baseline: cannot run node ({e.Message}); install Node.js 18+"); }
        using var _ = proc;
        var stderr = proc.StandardError.ReadToEndAsync();
        var writer = Task.Run(() =>
        {
            using var w = proc.StandardInput;
            foreach (var i in inputs)
                w.WriteLine(JsonSerializer.Serialize(new { text = i.Text, @ref = i.Reference.ToString("yyyy-MM-dd"), time = i.ReferenceTime?.ToString("HH:mm:ss"), lang = i.Language }));
        });
        var results = new List<IReadOnlyList<TimeExpression>>(inputs.Count);
        string? line;
        while ((line = proc.StandardOutput.ReadLine()) != null)
        {
            var text = inputs[Math.Min(results.Count, inputs.Count - 1)].Text;
            using var doc = JsonDocument.Parse(line);
            var list = new List<TimeExpression>();
            foreach (var r in doc.RootElement.GetProperty("results").EnumerateArray())
            {
                int start = r.GetProperty("start").GetInt32(), end = r.GetProperty("end").GetInt32();
                // chrono keeps trailing punctuation ("last Tuesday,"): trimmed, as Parallax does
                while (end > start && end <= text.Length && char.IsPunctuation(text[end - 1]) && text[end - 1] != ')') end--;
                list.Add(new TimeExpression
                {
                    Start = start, End = end, Text = r.GetProperty("text").GetString()![..(end - start)],
                    Kind = r.GetProperty("kind").GetString()!, Value = r.GetProperty("value").GetString()!,
                });
            }
            results.Add(list);
        }
        writer.Wait();
        proc.WaitForExit();
        if (proc.ExitCode != 0 || results.Count != inputs.Count)
            throw new InvalidOperationException($"chrono baseline: node exited with {proc.ExitCode} after {results.Count}/{inputs.Count} results: {stderr.Result}");
        return results;
    }
}
