using System.Diagnostics;
using Parallax;
using Parallax.Reliability;

/// <summary>The long reliability runs: the fault corpus, fuzzing, kill-and-restart cycles.</summary>
static class ReliabilityModes
{
    public static bool TryRun(string[] args)
    {
        switch (args[0])
        {
            case "faults": Faults(args.Contains("--large")); return true;
            case "profile": Profile(args[1]); return true;
            case "fuzz": Fuzz(args); return true;
            case "crash": Crash(args); return true;
            case "scaling": Scaling(args.Skip(1).Where(a => a != "--line").Select(int.Parse).ToArray(), args.Contains("--line")); return true;
            default: return false;
        }
    }

    static void Faults(bool large)
    {
        var pipeline = Pipeline.CreateDefault();
        pipeline.Process(new Parallax.Input.RawInput { Bytes = System.Text.Encoding.UTF8.GetBytes(FaultCorpus.GoodArticle(1)), ContentType = "text/plain" });
        var dir = Directory.CreateTempSubdirectory("parallax-faults-").FullName;
        int failed = 0;
        try
        {
            Console.WriteLine($"Fault corpus: {FaultCorpus.Cases(large).Count} cases, limits: input {Limits.MaxInputBytes:N0} bytes, page {Limits.MaxPageChars:N0} chars, nesting {Limits.MaxNesting}");
            Console.WriteLine("| case | input | size | outcome | time (s) | slowest doc (s) | allocated (MB) | result |");
            Console.WriteLine("|---|---|---:|---|---:|---:|---:|---|");
            foreach (var c in FaultCorpus.Cases(large))
            {
                var path = FaultCorpus.WriteFile(c, dir);
                long size = new FileInfo(path).Length;
                var o = FaultRunner.Run(path, pipeline, keepTexts: c.MustNotContain is not null);
                var problems = FaultRunner.Check(c, o);
                if (problems.Count > 0) failed++;
                var outcome = $"{o.Documents} doc, {o.Errors} err" + (o.Warnings.Count > 0 ? $", {o.Warnings.Count} warn" : "");
                Console.WriteLine($"| {c.Name} | {c.Kind} | {Size(size)} | {outcome} | {o.Elapsed.TotalSeconds:F2} | {o.SlowestDocument.TotalSeconds:F2} | {o.AllocatedBytes / 1e6:F0} | {(problems.Count == 0 ? "ok" : "FAIL: " + string.Join("; ", problems))} |");
                if (Environment.GetEnvironmentVariable("PARALLAX_FAULTS_VERBOSE") == "1")
                    foreach (var m in o.ErrorMessages.Take(3).Concat(o.Warnings.Take(2))) Console.WriteLine($"    {m}");
                File.Delete(path);
                GC.Collect();
            }
            Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024):F0} MiB; {failed} case(s) failed");
        }
        finally { Directory.Delete(dir, true); }
        Environment.ExitCode = failed == 0 ? 0 : 1;
    }

    /// <summary>Seconds per stage on texts of the given lengths (a long article made of repeated generated paragraphs).</summary>
    static void Scaling(int[] lengths, bool oneLine)
    {
        var pipeline = Pipeline.CreateDefault();
        pipeline.Process(new Parallax.Input.RawInput { Bytes = System.Text.Encoding.UTF8.GetBytes(FaultCorpus.GoodArticle(1)), ContentType = "text/plain" });
        foreach (var n in lengths)
        {
            var sb = new System.Text.StringBuilder();
            for (int i = 0; sb.Length < n; i++)
                if (oneLine) sb.Append("le président a parlé avec son homologue pendant une heure et demie ");
                else sb.Append(FaultCorpus.GoodArticle(i)).Append("\n\n");
            var text = sb.ToString(0, n);
            var sw = Stopwatch.StartNew();
            var doc = pipeline.Extractor.Extract(new Parallax.Input.RawInput { Bytes = System.Text.Encoding.UTF8.GetBytes(text), ContentType = "text/plain" });
            Console.Write($"{n,10} chars: extract {sw.Elapsed.TotalSeconds:F2}s");
            foreach (var st in pipeline.Stages)
            {
                sw.Restart();
                doc = st.Process(doc);
                Console.Write($", {st.Name} {sw.Elapsed.TotalSeconds:F2}s");
            }
            Console.WriteLine();
        }
    }

    /// <summary>Seconds spent in extraction and in each stage on each input of a file (a fault case written with --write).</summary>
    static void Profile(string name)
    {
        var pipeline = Pipeline.CreateDefault();
        var dir = Directory.CreateTempSubdirectory("parallax-profile-").FullName;
        var path = File.Exists(name) ? name : FaultCorpus.WriteFile(FaultCorpus.Get(name), dir);
        foreach (var item in Parallax.Input.InputReader.Read(path))
        {
            if (item.IsError) { Console.WriteLine(item.Error); continue; }
            var sw = Stopwatch.StartNew();
            var doc = pipeline.Extractor.Extract(item.Input!);
            Console.Write($"{item.Path}: {doc.Text.Length} chars, {doc.Paragraphs.Length} paragraphs; extract {sw.Elapsed.TotalSeconds:F2}s");
            foreach (var st in pipeline.Stages)
            {
                sw.Restart();
                doc = st.Process(doc);
                Console.Write($", {st.Name} {sw.Elapsed.TotalSeconds:F2}s");
            }
            Console.WriteLine();
        }
        Directory.Delete(dir, true);
    }

    static string? Opt(string[] args, string name) { int i = Array.IndexOf(args, name); return i >= 0 && i + 1 < args.Length ? args[i + 1] : null; }

    /// <summary>fuzz SECONDS [TARGET] [--seed N] [--out DIR]: each target for SECONDS; failures written minimised to DIR.</summary>
    static void Fuzz(string[] args)
    {
        double seconds = args.Length > 1 && double.TryParse(args[1], out var s) ? s : 60;
        int seed = int.TryParse(Opt(args, "--seed"), out var sd) ? sd : Environment.TickCount;
        var outDir = Opt(args, "--out") ?? "fuzz-failures";
        var names = args.Skip(2).TakeWhile(a => !a.StartsWith("--")).ToList();
        var targets = names.Count > 0 ? names.Select(Fuzzer.Target).ToList() : [.. Fuzzer.Targets(includePipeline: true)];
        int failures = 0;
        Console.WriteLine($"Fuzzing {targets.Count} target(s), {seconds:F0}s each, seed {seed}");
        Console.WriteLine("| target | runs | runs/s | slowest run (s) | failures |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        foreach (var t in targets)
        {
            var r = Fuzzer.Run(t, TimeSpan.FromSeconds(seconds), seed, slowLimit: TimeSpan.FromSeconds(10), maxFailures: 20);
            Console.WriteLine($"| {t.Name} | {r.Executions} | {r.Executions / r.Elapsed.TotalSeconds:F0} | {r.Slowest.TotalSeconds:F2} | {r.Failures.Count} |");
            foreach (var f in r.Failures)
            {
                failures++;
                Directory.CreateDirectory(outDir);
                var file = Path.Combine(outDir, $"{t.Name}-{failures:D3}.bin");
                File.WriteAllBytes(file, f.Minimised);
                Console.WriteLine($"    {f.Signature}: {f.Message} ({f.Input.Length} bytes, minimised to {f.Minimised.Length}: {file})");
            }
        }
        Environment.ExitCode = failures == 0 ? 0 : 1;
    }

    /// <summary>
    /// crash CYCLES [--docs N] [--cli PATH] [--seed N] [--max-delay SECONDS] [--pg SERVER]: kill-and-restart cycles of
    /// parallax ingest; with --pg (an Npgsql connection string or postgres:// URL of a server) each store is a new
    /// PostgreSQL database, dropped at the end, instead of an SQLite file.
    /// </summary>
    static void Crash(string[] args)
    {
        int cycles = args.Length > 1 && int.TryParse(args[1], out var c) ? c : 100;
        int docs = int.TryParse(Opt(args, "--docs"), out var d) ? d : 300;
        int seed = int.TryParse(Opt(args, "--seed"), out var sd) ? sd : 1;
        TimeSpan? maxDelay = double.TryParse(Opt(args, "--max-delay"), out var md) ? TimeSpan.FromSeconds(md) : null;
        var cli = Opt(args, "--cli") ?? FindCli();
        var pgServer = Opt(args, "--pg");
        using var pg = pgServer is null ? null : new ScratchPostgres(pgServer);
        var dir = Directory.CreateTempSubdirectory("parallax-crash-").FullName;
        try
        {
            var corpus = Path.Combine(dir, "corpus");
            var expected = CrashCycles.WriteCorpus(corpus, docs, seed);
            Console.WriteLine($"Kill-and-restart: {cycles} cycles of `parallax ingest` ({cli}) on {docs} documents, SIGKILL at a random point, "
                + (pg is null ? "SQLite stores" : "PostgreSQL stores (a new database each)"));
            var r = CrashCycles.Run(cli, corpus, expected, Path.Combine(dir, "stores"), cycles, seed, maxDelay, Console.WriteLine, pg is null ? null : pg.Create);
            Console.WriteLine();
            Console.WriteLine("| cycles | killed | killed with documents stored | ingest finished first | stores | final documents | lost | duplicated | store problems | time (s) |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
            Console.WriteLine($"| {r.Cycles} | {r.Kills} | {r.KilledAfterACommit} | {r.CompletedBeforeKill} | {r.Stores} | {r.Stored}/{r.Expected} | {r.Lost} | {r.Duplicated} | {r.Problems.Count} | {r.Elapsed.TotalSeconds:F0} |");
            foreach (var p in r.Problems) Console.WriteLine("    " + p);
            Environment.ExitCode = r.Ok ? 0 : 1;
        }
        finally { Directory.Delete(dir, true); }
    }

    static string FindCli()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var p = Path.Combine(d.FullName, "src", "Parallax.Cli", "bin", "Release", "net10.0", "parallax.dll");
            if (File.Exists(p)) return p;
        }
        throw new FileNotFoundException("parallax.dll not found: build src/Parallax.Cli in Release or pass --cli PATH");
    }

    static string Size(long n) => n >= 1 << 20 ? $"{n / (1024.0 * 1024):F1} MiB" : n >= 1024 ? $"{n / 1024.0:F1} KiB" : $"{n} B";
}
