using Parallax.Reliability;

namespace Parallax.Tests.Reliability;

/// <summary>
/// Mutation fuzzing of every parser entry point (HTML extraction, feed reader, WARC reader, time grammar, sentence
/// splitter) for a bounded time: PARALLAX_FUZZ_SECONDS per target (default 2), seed PARALLAX_FUZZ_SEED (default 1).
/// Longer runs: <c>dotnet run -c Release --project bench/Parallax.Bench -- fuzz 600</c>. Each failure found
/// becomes a file under testdata/regressions/fuzz/, replayed by <see cref="Regressions_found_by_fuzzing_stay_fixed"/>.
/// </summary>
public class FuzzingTests
{
    static TimeSpan Budget => TimeSpan.FromSeconds(double.TryParse(Environment.GetEnvironmentVariable("PARALLAX_FUZZ_SECONDS"), out var s) && s > 0 ? s : 2);
    static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PARALLAX_FUZZ_SEED"), out var s) ? s : 1;

    public static TheoryData<string> TargetNames()
    {
        var d = new TheoryData<string>();
        foreach (var t in Fuzzer.Targets()) d.Add(t.Name);
        return d;
    }

    [Theory]
    [MemberData(nameof(TargetNames))]
    public void Parser_survives_mutated_inputs(string target)
    {
        // at least 10 runs whatever the budget, so a slow, loaded machine still fuzzes every target
        var report = Fuzzer.Run(Fuzzer.Target(target), Budget, Seed, slowLimit: TimeSpan.FromSeconds(20), minRuns: 10);
        Assert.True(report.Executions >= 10, $"only {report.Executions} runs");
        Assert.True(report.Failures.Count == 0, string.Join("\n", report.Failures.Select(f =>
            $"{f.Signature}: {f.Message}; minimised input (base64): {Convert.ToBase64String(f.Minimised)}")));
    }

    [Fact]
    public void The_fuzzer_finds_and_minimises_a_planted_failure()
    {
        // A target that fails on any input containing "<x>" after a "!": the fuzzer must find it and cut the rest.
        var target = new FuzzTarget("planted", [System.Text.Encoding.UTF8.GetBytes("hello world, a page of text")], [System.Text.Encoding.UTF8.GetBytes("<x>"), "!"u8.ToArray()],
            bytes =>
            {
                var s = System.Text.Encoding.UTF8.GetString(bytes);
                int bang = s.IndexOf('!');
                if (bang >= 0 && s.IndexOf("<x>", bang, StringComparison.Ordinal) > 0) throw new InvalidOperationException("planted");
            });
        var report = Fuzzer.Run(target, TimeSpan.FromSeconds(30), seed: 3, maxFailures: 1);
        var f = Assert.Single(report.Failures);
        Assert.StartsWith("InvalidOperationException", f.Signature);
        Assert.Equal("!<x>", System.Text.Encoding.UTF8.GetString(f.Minimised));
    }

    public static TheoryData<string> RegressionFiles()
    {
        var d = new TheoryData<string>();
        var dir = Path.Combine(AppContext.BaseDirectory, "testdata", "regressions", "fuzz");
        foreach (var f in Directory.GetFiles(dir, "*.bin").Order()) d.Add(Path.GetFileName(f));
        return d;
    }

    /// <summary>Files are named TARGET-what.bin: each runs through its target and must pass.</summary>
    [Theory]
    [MemberData(nameof(RegressionFiles))]
    public void Regressions_found_by_fuzzing_stay_fixed(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "testdata", "regressions", "fuzz", file));
        var target = Fuzzer.Target(file[..file.IndexOf('-')]);
        var (signature, message, _) = Fuzzer.Try(target, bytes, TimeSpan.FromSeconds(20));
        Assert.True(signature is null, $"{file}: {message}");
    }
}
