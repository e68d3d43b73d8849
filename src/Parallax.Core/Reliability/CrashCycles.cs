using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Parallax.Storage;

namespace Parallax.Reliability;

/// <summary>What a run of kill-and-restart cycles found.</summary>
public sealed record CrashCycleResult(
    int Cycles, int Kills, int KilledAfterACommit, int CompletedBeforeKill, int Stores, int Expected, long Stored, int Lost, int Duplicated, int Unexpected,
    IReadOnlyList<string> Problems, TimeSpan Elapsed)
{
    public bool Ok => Problems.Count == 0 && Lost == 0 && Duplicated == 0 && Unexpected == 0;
}

/// <summary>
/// Crash safety of <c>parallax ingest</c>, driven as a child process: start an ingest of a corpus, SIGKILL it
/// after a random delay, check the store (<see cref="StoreConsistency"/>: whole documents only, no orphan facts,
/// no duplicates, only ids of the corpus, never fewer documents than before), and restart; when a store holds
/// the whole corpus a fresh one is started so that kills keep landing mid-ingest. At the end one ingest runs to
/// completion and the store must hold exactly the corpus: nothing lost, nothing duplicated.
/// </summary>
public static class CrashCycles
{
    /// <summary>Writes <paramref name="count"/> small distinct articles (text files) into <paramref name="dir"/>; returns their ids.</summary>
    public static HashSet<string> WriteCorpus(string dir, int count, int seed = 1)
    {
        Directory.CreateDirectory(dir);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var bytes = new UTF8Encoding(false).GetBytes(FaultCorpus.GoodArticle(seed * 100_000 + i));
            File.WriteAllBytes(Path.Combine(dir, $"doc-{i:D5}.txt"), bytes);
            ids.Add(Convert.ToHexStringLower(SHA256.HashData(bytes)));
        }
        return ids;
    }

    /// <summary>The ingest command line: <c>dotnet CLI.dll ingest DIR --db DB -q --published 2025-02-12</c> (DB: an SQLite path or a postgres:// URL).</summary>
    public static ProcessStartInfo IngestCommand(string cliDll, string corpusDir, string dbPath, params string[] extra)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        psi.ArgumentList.Add(cliDll);
        foreach (var a in new[] { "ingest", corpusDir, "--db", dbPath, "-q", "--published", "2025-02-12" }.Concat(extra)) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment["PARALLAX_KB"] = "none";
        return psi;
    }

    /// <summary>
    /// Runs <paramref name="cycles"/> kill-and-restart cycles, killing after a random delay of up to
    /// <paramref name="maxKillDelay"/>, then a final complete ingest. Each store (the calibration run's, then one
    /// per filled store) comes from <paramref name="newStore"/>: by default a new SQLite file under
    /// <paramref name="workDir"/>; for PostgreSQL, <see cref="ScratchPostgres.Create"/> (a new database).
    /// </summary>
    public static CrashCycleResult Run(string cliDll, string corpusDir, IReadOnlySet<string> expected, string workDir, int cycles,
        int seed = 1, TimeSpan? maxKillDelay = null, Action<string>? log = null, Func<string>? newStore = null)
    {
        int made = 0;
        newStore ??= () => Path.Combine(workDir, $"store-{++made}.db");
        var rng = new Random(seed);
        var clock = Stopwatch.StartNew();
        var problems = new List<string>();
        Directory.CreateDirectory(workDir);
        // Without a given bound, kills are spread over the time of one whole ingest, measured first.
        var maxDelay = maxKillDelay ?? Calibrate(cliDll, corpusDir, newStore(), problems, log);
        int kills = 0, killedWithDocs = 0, completed = 0, generation = 1;
        long lastCount = 0;
        var store = newStore();
        string Db() => store;

        for (int cycle = 1; cycle <= cycles; cycle++)
        {
            using var p = Process.Start(IngestCommand(cliDll, corpusDir, Db()))!;
            p.StandardInput.Close();
            var drainOut = p.StandardOutput.ReadToEndAsync();
            var drainErr = p.StandardError.ReadToEndAsync();
            var delay = TimeSpan.FromMilliseconds(300 + rng.NextDouble() * (maxDelay.TotalMilliseconds - 300));
            bool exited = p.WaitForExit(delay);
            if (!exited)
            {
                p.Kill();          // SIGKILL on Unix: no cleanup, no finally blocks
                kills++;
            }
            else
            {
                completed++;
                if (p.ExitCode != 0) problems.Add($"cycle {cycle}: ingest exited with {p.ExitCode}: {drainErr.Result.Trim()}");
            }
            p.WaitForExit();
            var (count, ids, issues) = Inspect(Db(), expected);
            foreach (var i in issues) problems.Add($"cycle {cycle} ({(exited ? "completed" : $"killed after {delay.TotalSeconds:F1}s")}): {i}");
            if (!exited && count > 0) killedWithDocs++;
            if (count < lastCount) problems.Add($"cycle {cycle}: the store went from {lastCount} to {count} documents");
            log?.Invoke($"cycle {cycle}/{cycles}: {(exited ? "ingest completed" : $"killed after {delay.TotalSeconds:F1}s")}, store {generation} holds {count}/{expected.Count} documents{(issues.Count > 0 ? $", {issues.Count} problem(s)" : "")}");
            lastCount = count;
            if (count >= expected.Count)
            {
                generation++;   // complete: start a fresh store so that the next kills land mid-ingest again
                store = newStore();
                lastCount = 0;
            }
        }

        // Final: one ingest into the last store runs to completion.
        using (var p = Process.Start(IngestCommand(cliDll, corpusDir, Db()))!)
        {
            p.StandardInput.Close();
            var drainOut = p.StandardOutput.ReadToEndAsync();
            var err = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(10))) { p.Kill(); problems.Add("final ingest did not finish in 10 minutes"); }
            p.WaitForExit();
            if (p.ExitCode != 0) problems.Add($"final ingest exited with {p.ExitCode}: {err.Result.Trim()}");
        }
        var (stored, finalIds, finalIssues) = Inspect(Db(), expected);
        problems.AddRange(finalIssues.Select(i => "final: " + i));
        int lost = expected.Count(id => !finalIds.Contains(id));
        int unexpected = finalIds.Count(id => !expected.Contains(id));
        int duplicated = (int)(stored - finalIds.Count);
        log?.Invoke($"final: {stored} stored, {lost} lost, {duplicated} duplicated, {unexpected} unexpected, {problems.Count} problem(s) in {clock.Elapsed.TotalSeconds:F0}s");
        return new CrashCycleResult(cycles, kills, killedWithDocs, completed, generation, expected.Count, stored, lost, duplicated, unexpected, problems, clock.Elapsed);
    }

    static TimeSpan Calibrate(string cliDll, string corpusDir, string db, List<string> problems, Action<string>? log)
    {
        var sw = Stopwatch.StartNew();
        using var p = Process.Start(IngestCommand(cliDll, corpusDir, db))!;
        p.StandardInput.Close();
        _ = p.StandardOutput.ReadToEndAsync();
        var err = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        if (p.ExitCode != 0) problems.Add($"calibration ingest exited with {p.ExitCode}: {err.Result.Trim()}");
        log?.Invoke($"one whole ingest takes {sw.Elapsed.TotalSeconds:F1}s: kills fall between 0.3s and that");
        return sw.Elapsed < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : sw.Elapsed;
    }

    /// <summary>
    /// Opens the store at <paramref name="location"/> (an SQLite path: recovering its journal; a postgres:// URL),
    /// checks it, and lists its document ids. A missing SQLite file is an empty store.
    /// </summary>
    public static (long Count, HashSet<string> Ids, List<string> Problems) Inspect(string location, IReadOnlySet<string> expected)
    {
        var problems = new List<string>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!DocumentStores.IsPostgres(location) && !File.Exists(location)) return (0, ids, problems);
        try
        {
            using var store = DocumentStores.Open(location);
            var report = StoreConsistency.Check(store);
            problems.AddRange(report.Problems);
            foreach (var d in store.ListDocuments(new DocumentQuery()))
                if (!ids.Add(d.Id)) problems.Add($"document {d.Id} listed twice");
            foreach (var id in ids)
                if (!expected.Contains(id)) problems.Add($"document {id} is not one of the corpus");
            return (report.Documents, ids, problems);
        }
        catch (StoreException e)
        {
            problems.Add($"cannot open the store: {e.Message}");
            return (0, ids, problems);
        }
    }
}
