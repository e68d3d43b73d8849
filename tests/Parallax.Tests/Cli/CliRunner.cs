using System.Diagnostics;

namespace Parallax.Tests.Cli;

/// <summary>Runs the real <c>parallax</c> executable (built next to the tests) in a child process.</summary>
public static class CliRunner
{
    public sealed record Result(int Exit, string Out, string Err);

    public static Result RunWithInput(string? stdin, params string[] args) => RunWithEnv(null, stdin, args);

    /// <summary>Runs with extra environment variables (a null value removes one).</summary>
    public static Result RunWithEnv(IReadOnlyDictionary<string, string?>? env, string? stdin, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "parallax.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["COLUMNS"] = "200";
        foreach (var (k, v) in env ?? new Dictionary<string, string?>()) psi.Environment[k] = v;
        using var p = Process.Start(psi)!;
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        if (stdin != null) p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        if (!p.WaitForExit(120_000)) { p.Kill(true); throw new TimeoutException("parallax " + string.Join(' ', args)); }
        return new Result(p.ExitCode, outTask.Result, errTask.Result);
    }

    public static Result Run(params string[] args) => RunWithInput(null, args);
}

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("parallax-cli-").FullName;
    public string File(string name) => System.IO.Path.Combine(Path, name);
    public void Dispose() { try { Directory.Delete(Path, true); } catch (IOException) { } }
}
