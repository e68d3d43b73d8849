using System.CommandLine;
using Parallax.Evaluation;
using Spectre.Console;

namespace Parallax.Cli.Commands;

/// <summary><c>parallax eval …</c>: scores each stage against annotated data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var cmd = new Command("eval", "Score Parallax against annotated data");
        cmd.Subcommands.Add(Seeds());
        cmd.Subcommands.Add(Extraction());
        cmd.Subcommands.Add(Time());
        cmd.Subcommands.Add(TimeSpecs());
        cmd.Subcommands.Add(LanguageId());
        cmd.Subcommands.Add(Sentences());
        cmd.Subcommands.Add(Quotes());
        cmd.Subcommands.Add(Events());
        cmd.Subcommands.Add(Entities());
        cmd.Subcommands.Add(Stories());
        cmd.Subcommands.Add(NerCommands.Eval());
        return cmd;
    }

    static Command Stories()
    {
        var dir = new Argument<string?>("DIR") { Description = "A labelled corpus (.jsonl file or folder; default: tests/Parallax.Tests/testdata/stories)", Arity = ArgumentArity.ZeroOrOne };
        var errors = new Option<int>("--errors") { Description = "List this many misplaced documents", DefaultValueFactory = _ => 0 };
        var cmd = new Command("stories", "Story clustering: B-cubed precision, recall and F1, near-duplicate precision and recall, on a labelled corpus") { dir, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var path = r.GetValue(dir) ?? Path.Combine("tests", "Parallax.Tests", "testdata", "stories");
            if (!Directory.Exists(path) && !File.Exists(path)) throw new UsageException($"no story corpus at '{path}' (give DIR: a .jsonl file or a folder of them)");
            IReadOnlyList<StoryGoldDocument> corpus;
            try { corpus = StoryEvaluation.Load(path); }
            catch (FormatException e) { throw new UsageException(e.Message); }
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var analysed = StoryEvaluation.Analyse(Pipeline.CreateDefault(), corpus);
            var pipelineSeconds = sw.Elapsed.TotalSeconds;
            var rep = StoryEvaluation.Score(analysed);
            var t = new Table().Border(TableBorder.Rounded).Title($"Story clustering on {Markup.Escape(path)}");
            t.AddColumns("measure", "value");
            t.AddRow("documents", rep.Documents.ToString());
            t.AddRow("gold stories / predicted", $"{rep.GoldStories} / {rep.PredictedStories}");
            t.AddRow("B-cubed precision", $"{rep.Precision:P1}");
            t.AddRow("B-cubed recall", $"{rep.Recall:P1}");
            t.AddRow("B-cubed F1", $"{rep.F1:P1}");
            t.AddRow("near-duplicates gold / predicted / right", $"{rep.GoldNearDuplicates} / {rep.PredictedNearDuplicates} / {rep.CorrectNearDuplicates}");
            t.AddRow("near-duplicate precision", $"{rep.NearDuplicatePrecision:P1}");
            t.AddRow("near-duplicate recall", $"{rep.NearDuplicateRecall:P1}");
            t.AddRow("merged events with different dates", rep.DateMergeViolations.ToString());
            t.AddRow("clustering time per document", $"{rep.MicrosecondsPerDocument:F0} µs (pipeline: {pipelineSeconds:F1} s in all)");
            Common.Out.Write(t);
            foreach (var e in rep.Errors.Take(r.GetValue(errors)))
                Common.Out.MarkupLine($"[grey]{Markup.Escape(e.Document)}[/] gold {Markup.Escape(e.Gold)} → clustered with {Markup.Escape(e.Predicted)}");
            return 0;
        }));
        return cmd;
    }

    static Command Seeds()
    {
        var gold = new Option<string?>("--gold") { Description = "Gold annotation in the seeds.gold.json format (default: the bundled one)" };
        var pages = new Option<string?>("--pages") { Description = "Folder holding the pages the gold names (default: the bundled samples)" };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "List every miss and false alarm" };
        var cmd = new Command("seeds", "Per-stage precision, recall and F1 on the seed pages' gold annotation") { gold, pages, verbose };
        cmd.SetAction(r => Common.Run(() =>
        {
            var goldJson = r.GetValue(gold) is { } g ? File.ReadAllText(g) : Samples.GoldJson;
            Func<string, byte[]> read = r.GetValue(pages) is { } dir ? f => File.ReadAllBytes(Path.Combine(dir, f)) : f => Samples.Read(f);
            var report = SeedEvaluation.Run(Pipeline.CreateDefault(), goldJson, read);
            var t = new Table().Border(TableBorder.Rounded).Title("Parallax on the seed pages");
            t.AddColumns("stage", "gold", "predicted", "matched", "precision", "recall", "F1");
            foreach (var s in report.Stages)
                t.AddRow(s.Name, s.Gold.ToString(), s.Predicted.ToString(), s.MatchedGold.ToString(), $"{s.Precision:P1}", $"{s.Recall:P1}", $"{s.F1:P1}");
            Common.Out.Write(t);
            if (r.GetValue(verbose))
                foreach (var n in report.Notes)
                    Common.Out.MarkupLine($"[grey]{Markup.Escape(n.Document[..Math.Min(12, n.Document.Length)])}[/] {n.Stage,-10} {(n.Kind == "miss" ? "[red]miss [/]" : "[yellow]extra[/]")} {Markup.Escape(n.What)}");
            return 0;
        }));
        return cmd;
    }

    static Command Extraction()
    {
        var dir = new Argument<string>("DIR") { Description = "Folder in the article-extraction-benchmark layout: html/<id>.html.gz (or <id>.html.gz) and ground-truth.json" };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N pages (ordinal id order)" };
        var worst = new Option<int>("--worst") { Description = "List Parallax's N lowest-scoring pages", DefaultValueFactory = _ => 0 };
        var predictions = new Option<string?>("--predictions") { Description = "Write Parallax's predictions to FILE as JSON {id: {\"articleBody\": …}}" };
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Do not run the SmartReader baseline" };
        var runs = new Option<int>("--runs") { Description = "Timed passes over the pages per extractor; the median pass is reported", DefaultValueFactory = _ => 3 };
        var warmups = new Option<int>("--warmup") { Description = "Least number of untimed warm-up passes per extractor after the scoring pass (more, up to 10, while the JIT is still busy)", DefaultValueFactory = _ => 2 };
        var cmd = new Command("extraction",
            "Article-body F1, precision, recall (4-word-shingle metric) and accuracy (exact word-sequence match), with speed, "
            + "for Parallax and the SmartReader baseline") { dir, limit, worst, predictions, noBaseline, runs, warmups };
        cmd.SetAction(r => Common.Run(() =>
        {
            var folder = r.GetValue(dir)!;
            if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
            if (!File.Exists(Path.Combine(folder, "ground-truth.json"))) throw new UsageException($"{folder}: no ground-truth.json");
            int passes = r.GetValue(runs);
            if (passes < 1) throw new UsageException("--runs: must be at least 1");
            int warm = r.GetValue(warmups);
            if (warm < 0) throw new UsageException("--warmup: must not be negative");
            var pages = ExtractionBenchmark.Load(folder, r.GetValue(limit));
            long htmlBytes = pages.Sum(p => (long)p.Html.Length);

            // Each extractor: a single-threaded scoring pass and warm-up passes; Parallax's peak memory is read before
            // the baseline runs at all. Then the timed passes, the extractors taking turns so that they share the
            // machine's load alike.
            var parallax = ExtractionBenchmark.ParallaxBody();
            var names = new List<string> { "Parallax" };
            var bodies = new List<Func<ExtractionBenchmarkPage, string>> { parallax };
            var results = new List<ExtractionBenchmarkResult> { ExtractionBenchmark.Run(pages, parallax) };
            ExtractionBenchmark.WarmUp(pages, parallax, warm, maxWarmUps: warm == 0 ? 0 : 10);
            var peaks = new List<double> { PeakMiB() };
            if (r.GetValue(predictions) is { } file) ExtractionBenchmark.WritePredictions(file, results[0].Predictions);
            if (!r.GetValue(noBaseline))
            {
                names.Add(Baselines.SmartReaderBaseline.Name);
                bodies.Add(Baselines.SmartReaderBaseline.Body);
                results.Add(ExtractionBenchmark.Run(pages, Baselines.SmartReaderBaseline.Body));
                ExtractionBenchmark.WarmUp(pages, Baselines.SmartReaderBaseline.Body, warm, maxWarmUps: warm == 0 ? 0 : 10);
            }
            var timings = ExtractionBenchmark.TimeInterleaved(pages, bodies, passes);
            if (names.Count > 1) peaks.Add(PeakMiB());
            var rows = names.Select((n, i) => (Name: n, Result: results[i], Timing: timings[i], PeakMiB: peaks[Math.Min(i, peaks.Count - 1)])).ToList();
            var pr = results[0];

            var t = new Table().Border(TableBorder.Rounded)
                .Title($"Article extraction on {pages.Count} pages ({htmlBytes / (1024.0 * 1024):F1} MiB of HTML)");
            t.AddColumns("extractor", "F1", "precision", "recall", "accuracy (exact words)", "exact pages", "pages/s (1 thread)", "pages/CPU-s", "ms/page", "MiB/s", "alloc/page", "errors", "peak WS");
            foreach (var (name, res, tm, peak) in rows)
                t.AddRow(Markup.Escape(name), $"{res.F1:F3}", $"{res.Precision:F3}", $"{res.Recall:F3}", $"{res.Accuracy:F3}",
                    $"{res.PageScores.Count(s => s.Exact)}", $"{tm.PagesPerSecond:F0}", $"{tm.PagesPerCpuSecond:F0}", $"{tm.MillisecondsPerPage:F2}", $"{tm.MegabytesPerSecond:F1}",
                    $"{tm.AllocatedPerPage / (1024 * 1024):F1} MiB", $"{res.Errors}", $"{peak:F0} MiB");
            Common.Out.Write(t);
            if (rows.Count > 1)
                Common.Out.WriteLine($"Parallax is {rows[0].Timing.PagesPerSecond / Math.Max(1e-9, rows[1].Timing.PagesPerSecond):F1}× the baseline's speed "
                    + $"({rows[0].Timing.PagesPerCpuSecond / Math.Max(1e-9, rows[1].Timing.PagesPerCpuSecond):F1}× per CPU-second).");
            Common.Out.WriteLine($"Speed: extraction calls only, on pages already gunzipped in memory, one thread; median of {passes} timed pass(es) "
                + $"(the extractors taking turns) after a scoring pass and {warm}+ warm-up pass(es) (best pass: {string.Join(", ", rows.Select(x => $"{x.Name} {x.Timing.BestPagesPerSecond:F0} pages/s"))}). "
                + "pages/CPU-s: pages per second of process CPU time during the timed passes. Peak WS: the process's peak working set (pages in memory included) "
                + "after Parallax's scoring and warm-up, before the baseline ran; for the baseline, at the end of the run (it includes Parallax's).");
            foreach (var p in pr.PageScores.OrderBy(p => p.F1).ThenBy(p => p.Id, StringComparer.Ordinal).Take(r.GetValue(worst)))
                Common.Out.WriteLine($"{p.Id}  F1 {p.F1:F3}  P {p.Precision:F3}  R {p.Recall:F3}{(p.Exact ? "  exact" : "")}");
            return 0;
        }));
        return cmd;
    }

    static double PeakMiB()
    {
        using var proc = System.Diagnostics.Process.GetCurrentProcess();
        return proc.PeakWorkingSet64 / (1024.0 * 1024);
    }

    static Option<string> BaselineOption() => new("--baseline")
    {
        Description = "Comparison tagger run on the same inputs: chrono (chrono-node via node; install with `bash bench/chrono/install.sh`) or none",
        DefaultValueFactory = _ => "chrono",
    };

    static Option<string?> ChronoDirOption() => new("--chrono-dir") { Description = "The bench/chrono folder (default: found going up from the working directory)" };

    /// <summary>The taggers to run: Parallax, then the baseline if asked for (and installed, unless it was only the default).</summary>
    static List<(string Name, TimeTagger Tagger)> Taggers(string baseline, string? chronoDir, bool baselineGiven, string conventions = "news")
    {
        var list = new List<(string, TimeTagger)>();
        switch (conventions.ToLowerInvariant())
        {
            case "news": list.Add(("Parallax", TimeSpecsBenchmark.Parallax)); break;
            case "calendar": list.Add(("Parallax (calendar)", TimeSpecsBenchmark.ParallaxWith(Parallax.Time.TimeOptions.Calendar))); break;
            case "both":
                list.Add(("Parallax", TimeSpecsBenchmark.Parallax));
                list.Add(("Parallax (calendar)", TimeSpecsBenchmark.ParallaxWith(Parallax.Time.TimeOptions.Calendar)));
                break;
            default: throw new UsageException($"--conventions: unknown conventions '{conventions}' (news, calendar or both)");
        }
        switch (baseline.ToLowerInvariant())
        {
            case "none": break;
            case "chrono":
                try
                {
                    var dir = Baselines.ChronoBaseline.Locate(chronoDir);
                    list.Add((Baselines.ChronoBaseline.Name(dir), Baselines.ChronoBaseline.Tagger(dir)));
                }
                catch (UsageException e) when (!baselineGiven)
                {
                    Console.Error.WriteLine(e.Message + " The baseline columns are left out.");
                }
                break;
            default: throw new UsageException($"--baseline: unknown baseline '{baseline}' (chrono or none)");
        }
        return list;
    }

    static Command TimeSpecs()
    {
        var dir = new Argument<string>("DIR") { Description = "The Recognizers-Text Specs/DateTime folder (French/ and English/ inside)" };
        var baseline = BaselineOption();
        var chronoDir = ChronoDirOption();
        var failures = new Option<int>("--failures") { Description = "List up to N failed cases per language (Parallax)", DefaultValueFactory = _ => 0 };
        var file = new Option<string?>("--file") { Description = "With --failures: only this spec file (e.g. DateTimeModel)" };
        var supported = new Option<bool>("--supported") { Description = "With --failures: only cases the .NET implementation supports" };
        var spans = new Option<bool>("--spans") { Description = "Also print span precision/recall/F1 and value accuracy on the DateTimeModel, extractor and parser files" };
        var conventions = new Option<string>("--conventions")
        {
            Description = "Parallax's readings where the reading is a choice: news (default: offsets to the unit, nearest next/last weekday, "
                + "durations), calendar (the suite's: offsets to the day, next/last week's weekday, counted periods), or both (two columns; failures of the first)",
            DefaultValueFactory = _ => "news",
        };
        var cmd = new Command("time-specs",
            "Temporal expressions: pass rates per spec file and language on the Recognizers-Text date/time suite, Parallax and chrono-node side by side")
            { dir, baseline, chronoDir, failures, file, supported, spans, conventions };
        cmd.SetAction(r => Common.Run(() =>
        {
            var folder = r.GetValue(dir)!;
            RunTimeSpecs(folder, Taggers(r.GetValue(baseline)!, r.GetValue(chronoDir), r.GetResult(baseline) is { Implicit: false }, r.GetValue(conventions)!),
                r.GetValue(failures), r.GetValue(file), r.GetValue(supported), r.GetValue(spans));
            return 0;
        }));
        return cmd;
    }

    static void RunTimeSpecs(string folder, List<(string Name, TimeTagger Tagger)> taggers, int failures, string? file, bool supportedOnly, bool spans)
    {
        if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
        if (!Directory.Exists(Path.Combine(folder, "French")) && !Directory.Exists(Path.Combine(folder, "English")))
            throw new UsageException($"{folder}: expected a French/ or English/ folder of spec files (Specs/DateTime)");
        var cases = TimeSpecsBenchmark.LoadAll(folder);
        var results = new List<(string, bool[])>();
        foreach (var (name, tagger) in taggers)
        {
            Console.Error.WriteLine($"{name}: {cases.Count} cases…");
            var sw = System.Diagnostics.Stopwatch.StartNew();
            results.Add((name, TimeSpecsBenchmark.Run(cases, tagger, m => Console.Error.Write($"\r  {m}   "))));
            Console.Error.WriteLine($"\r  {name}: {sw.Elapsed.TotalSeconds:F1} s          ");
        }
        Console.Out.WriteLine("Pass rate: a case passes when every expected span is found (overlapping) with an equal value; \"supported\": cases whose NotSupported does not name dotnet.");
        Console.Out.WriteLine();
        Console.Out.Write(TimeSpecsBenchmark.Report(cases, results));
        if (failures > 0)
        {
            Console.Out.WriteLine();
            Console.Out.WriteLine($"Parallax failures{(file != null ? " in " + file : "")}{(supportedOnly ? " (supported cases)" : "")}:");
            foreach (var f in TimeSpecsBenchmark.Failures(cases, results[0].Item2, file, supportedOnly, failures, taggers[0].Tagger))
                Console.Out.WriteLine(f);
        }
        if (spans)
        {
            Console.Out.WriteLine();
            Console.Out.Write(TimeBenchmark.Report(folder, 0));
        }
    }

    static Command Time()
    {
        var path = new Argument<string?>("PATH")
        {
            Description = "An annotated news set (JSON lines, default: tests/Parallax.Tests/testdata/time/news.jsonl found going up from here), "
                          + "or a Recognizers-Text Specs/DateTime folder (then the same as `eval time-specs`)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var baseline = BaselineOption();
        var chronoDir = ChronoDirOption();
        var errors = new Option<int>("--errors") { Description = "List up to N errors (Parallax)", DefaultValueFactory = _ => 0 };
        var cmd = new Command("time",
            "Temporal expressions on an annotated news set: span P/R/F1, value, kind, modifier and conflict accuracy, Parallax and chrono-node side by side "
            + "(given a Specs/DateTime folder: the Recognizers-Text pass rates, as `eval time-specs`)") { path, baseline, chronoDir, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var taggers = Taggers(r.GetValue(baseline)!, r.GetValue(chronoDir), r.GetResult(baseline) is { Implicit: false });
            var p = r.GetValue(path) ?? FindUp(Path.Combine("tests", "Parallax.Tests", "testdata", "time", "news.jsonl"))
                    ?? throw new UsageException("no news set given and tests/Parallax.Tests/testdata/time/news.jsonl not found from here");
            if (Directory.Exists(p)) { RunTimeSpecs(p, taggers, r.GetValue(errors), null, false, false); return 0; }
            if (!File.Exists(p)) throw new UsageException($"{p}: no such file or folder");
            var items = TimeNewsSet.Load(p);
            var inputs = items.Select(i => new TimeInput(i.Text, i.Published, i.Language)).ToList();
            var rows = new List<(string, List<TimeNewsSet.Result>)>();
            foreach (var (name, tagger) in taggers)
                rows.Add((name, TimeNewsSet.Evaluate(items, tagger(inputs), name == "Parallax" ? r.GetValue(errors) : 0)));
            Console.Out.WriteLine($"{p}: {items.Count} items, {items.Sum(i => i.Times.Count)} expressions. Value accuracy: expected expressions found with exactly the expected value.");
            Console.Out.WriteLine();
            Console.Out.Write(TimeNewsSet.Report(rows));
            foreach (var e in rows[0].Item2[^1].Errors) Console.Out.WriteLine(e);
            return 0;
        }));
        return cmd;
    }

    static string? FindUp(string relative)
    {
        for (var d = new DirectoryInfo(Directory.GetCurrentDirectory()); d != null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, relative))) return Path.Combine(d.FullName, relative);
        return null;
    }

    static Command LanguageId()
    {
        var dir = new Argument<string?>("DIR") { Description = "Folder of <lang>.txt files, one held-out sample per line (default: cross-validation on the bundled training sentences)", Arity = ArgumentArity.ZeroOrOne };
        var folds = new Option<int>("--folds") { Description = "Folds of the cross-validation when no DIR is given", DefaultValueFactory = _ => 5 };
        var cmd = new Command("language", "Language identification accuracy, per language and on short samples (≤ 8 words)") { dir, folds };
        cmd.SetAction(r => Common.Run(() =>
        {
            LanguageIdReport report;
            string title;
            if (r.GetValue(dir) is { } folder)
            {
                if (!Directory.Exists(folder)) throw new UsageException($"{folder}: no such folder");
                report = LanguageEvaluation.IdentifyFolder(folder);
                title = $"Language identification on {folder}";
            }
            else
            {
                int k = r.GetValue(folds);
                if (k < 2) throw new UsageException("--folds must be at least 2");
                report = LanguageEvaluation.CrossValidate(k);
                title = $"Language identification, {k}-fold cross-validation on the bundled sentences";
            }
            if (report.Samples == 0) throw new UsageException("no samples");
            var t = new Table().Border(TableBorder.Rounded).Title(title);
            t.AddColumns("language", "samples", "accuracy", "short samples", "short accuracy");
            foreach (var l in report.Languages)
                t.AddRow(l.Language, l.Samples.ToString(), $"{l.Accuracy:P1}", l.ShortSamples.ToString(), l.ShortSamples == 0 ? "–" : $"{l.ShortAccuracy:P1}");
            t.AddRow("all", report.Samples.ToString(), $"{report.Accuracy:P1}", "", "");
            Common.Out.Write(t);
            foreach (var ((g, p), n) in report.Confusion.OrderByDescending(kv => kv.Value).Take(10))
                Common.Out.WriteLine($"{g} taken for {p}: {n}");
            return 0;
        }));
        return cmd;
    }

    static Command Sentences()
    {
        var files = new Argument<string[]>("FILE") { Description = "Paragraphs separated by blank lines, one sentence per line; the language is the file name's last part before .txt (sentences-fr.txt) unless --lang is given", Arity = ArgumentArity.OneOrMore };
        var lang = new Option<string?>("--lang") { Description = "Language of every file (fr, en, …)" };
        var errors = new Option<int>("--errors") { Description = "List up to N boundary errors per file", DefaultValueFactory = _ => 0 };
        var cmd = new Command("sentences", "Sentence-boundary precision, recall and F1 on one-sentence-per-line text") { files, lang, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var t = new Table().Border(TableBorder.Rounded).Title("Sentence boundaries");
            t.AddColumns("file", "language", "paragraphs", "boundaries", "predicted", "precision", "recall", "F1");
            var reports = new List<SentenceReport>();
            foreach (var f in r.GetValue(files)!)
            {
                if (!File.Exists(f)) throw new UsageException($"{f}: no such file");
                var l = r.GetValue(lang) ?? Path.GetFileNameWithoutExtension(f).Split('-', '_', '.')[^1];
                var rep = LanguageEvaluation.Sentences(File.ReadAllText(f), l, r.GetValue(errors));
                reports.Add(rep);
                t.AddRow(Markup.Escape(Path.GetFileName(f)), l, rep.Paragraphs.ToString(), rep.Gold.ToString(), rep.Predicted.ToString(), $"{rep.Precision:P2}", $"{rep.Recall:P2}", $"{rep.F1:P2}");
            }
            Common.Out.Write(t);
            foreach (var e in reports.SelectMany(x => x.Errors.Take(r.GetValue(errors)))) Common.Out.WriteLine(e);
            return 0;
        }));
        return cmd;
    }

    static Command Quotes()
    {
        var file = new Argument<string>("FILE") { Description = "Annotated passages, JSON Lines: {id, lang, text, quotes: [{quote, direct, speaker}]}" };
        var errors = new Option<int>("--errors") { Description = "List up to N misses, wrong speakers, span starts off, merged and spurious quotes", DefaultValueFactory = _ => 0 };
        var cmd = new Command("quotes", "Quote detection and speaker attribution on annotated passages") { file, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var path = r.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file");
            QuoteReport rep;
            try { rep = LanguageEvaluation.Quotes(Pipeline.CreateDefault(), File.ReadLines(path), Math.Max(0, r.GetValue(errors))); }
            catch (FormatException e) { throw new UsageException($"{path}: {e.Message}"); }
            var t = new Table().Border(TableBorder.Rounded).Title($"Quotes on {rep.Passages} passages");
            t.AddColumns("gold quotes", "found", "detection recall", "speaker precision", "speaker recall", "speaker F1");
            t.AddRow(rep.GoldQuotes.ToString(), rep.FoundQuotes.ToString(), $"{rep.DetectionRecall:P1}", $"{rep.SpeakerPrecision:P1}", $"{rep.SpeakerRecall:P1}", $"{rep.SpeakerF1:P1}");
            Common.Out.Write(t);
            var b = rep.Breakdown;
            Common.Out.WriteLine($"speaker errors: {b.Missed} missed, {b.Merged} merged with another quote (detection); {b.WrongSpeaker} wrong speaker on a quote of its own (attribution)");
            Common.Out.WriteLine($"speaker F1 with detection set aside: {rep.AttributionF1:P1}");
            Common.Out.WriteLine($"spans: {b.StartExact} of {rep.FoundQuotes} found quotes start where the gold does; {b.Spurious} of {rep.PredictedQuotes} predicted quotes cover no gold quote ({b.SpuriousDirect} in marks)");
            foreach (var (l, (g, c)) in rep.ByLanguage.OrderBy(kv => kv.Key))
                Common.Out.WriteLine($"{l}: {g} gold quotes, {c} found with the right speaker (or rightly none)");
            foreach (var e in rep.Errors) Common.Out.WriteLine(Markup.Escape(e));
            return 0;
        }));
        return cmd;
    }

    static Command Events()
    {
        var plover = new Option<string?>("--plover") { Description = "PLOVER gold records (the plover-gsr JSON format) to score as well" };
        var errors = new Option<int>("--errors") { Description = "List up to N records coded wrong", DefaultValueFactory = _ => 0 };
        var paragraphs = new Option<string?>("--paragraphs") { Description = "Annotated news paragraphs (testdata/events/paragraphs.json format) to score as well" };
        var split = new Option<string>("--split") { Description = "With --paragraphs: the split whose errors --errors lists (dev, heldout, blind2, blind3 … — a split of the paragraphs file —, unseen — every split but dev — or all)", DefaultValueFactory = _ => "dev" };
        var alarms = new Option<bool>("--alarms") { Description = "With --paragraphs: list every false alarm of the split, one a line, with its kind (spurious, wrong type, wrong participants), its trigger and its sentence" };
        var cmd = new Command("events", "Events: the seeds' gold, annotated paragraphs (precision and recall of events) and PLOVER gold records (type, actor and recipient country accuracy)") { plover, paragraphs, split, errors, alarms };
        cmd.SetAction(r => Common.Run(() =>
        {
            var pipeline = Pipeline.CreateDefault();
            var seeds = SeedEvaluation.Run(pipeline, Samples.GoldJson, f => Samples.Read(f));
            var s = seeds.Stages.Single(x => x.Name == "events");
            Common.Out.WriteLine($"seeds: {s.Gold} gold events, {s.Predicted} coded, precision {s.Precision:P1}, recall {s.Recall:P1}, F1 {s.F1:P1} (type, mode, participants, date and status must all agree)");
            if (r.GetValue(paragraphs) is { } pfile)
            {
                var which = r.GetValue(split);
                if (!EvaluationSplits.IsSplitName(which)) throw new UsageException($"--split: expected dev, heldout, blindN (a blind split of the paragraphs file), unseen or all, not '{which}'");
                ParagraphsReport(pipeline, pfile, which, r.GetValue(errors), r.GetValue(alarms));
            }
            if (r.GetValue(plover) is not { } file) return 0;
            if (!File.Exists(file)) throw new UsageException($"{file}: no such file");
            PloverReport rep;
            try { rep = PloverEvaluation.Run(pipeline, File.ReadAllText(file)); }
            catch (System.Text.Json.JsonException e) { throw new UsageException($"{file}: not PLOVER JSON ({e.Message})"); }
            var t = new Table().Border(TableBorder.Rounded).Title($"PLOVER gold records: {rep.Records}");
            t.AddColumns("type accuracy", "actor country accuracy", "recipient country accuracy", "recipient, named only", "implicit domestic recipients");
            t.AddRow($"{rep.TypeAccuracy:P1}", $"{rep.ActorAccuracy:P1} of {rep.WithActor}", $"{rep.TargetAccuracy:P1} of {rep.WithTarget}",
                $"{rep.NamedTargetAccuracy:P1}", $"{rep.ImplicitTargets} ({rep.ImplicitWhereGoldHasNone} where the gold has none)");
            Common.Out.Write(t);
            var bt = new Table().Border(TableBorder.Rounded).Title("by type");
            bt.AddColumns("type", "gold", "coded", "right", "precision", "recall");
            foreach (var x in rep.ByType) bt.AddRow(x.Type, x.Gold.ToString(), x.Predicted.ToString(), x.Correct.ToString(), $"{x.Precision:P0}", $"{x.Recall:P0}");
            bt.AddRow("(no event)", "", rep.Cases.Count(c => c.PredictedType == null).ToString(), "", "", "");
            Common.Out.Write(bt);
            foreach (var c in rep.Cases.Where(c => !c.TypeRight || c.ActorRight == false || c.TargetRight == false).Take(Math.Max(0, r.GetValue(errors))))
                Common.Out.WriteLine($"{c.Id}{(c.TypeRight ? "" : " TYPE")}{(c.ActorRight == false ? " ACTOR" : "")}{(c.TargetRight == false ? " RECIPIENT" : "")}: {c.GoldType} [{string.Join(",", c.GoldActors)} → {string.Join(",", c.GoldTargets)}] coded {c.PredictedType ?? "nothing"} [{string.Join(",", c.PredictedActors)} → {string.Join(",", c.PredictedTargets)}{(c.ImplicitTarget ? " (domestic)" : "")}] | {c.Text}");
            return 0;
        }));
        return cmd;
    }

    static Command Entities()
    {
        var file = new Argument<string?>("FILE") { Description = "Annotated paragraphs (JSON Lines; default: tests/Parallax.Tests/testdata/entities/paragraphs.jsonl)", Arity = ArgumentArity.ZeroOrOne };
        var split = new Option<string>("--split") { Description = "Which paragraphs to score: dev, heldout, blindN (a blind split of the file: blind2, blind3 …), unseen (all but dev) or all", DefaultValueFactory = _ => "all" };
        var errors = new Option<int>("--errors") { Description = "List the errors of up to N paragraphs of the split", DefaultValueFactory = _ => 0 };
        var cmd = new Command("entities", "Entities on annotated news paragraphs: mention precision, recall and F1 per type (exact span and type; lenient: overlapping), linking and NIL accuracy, by split and language") { file, split, errors };
        cmd.SetAction(r => Common.Run(() =>
        {
            var which = r.GetValue(split);
            if (!EvaluationSplits.IsSplitName(which)) throw new UsageException($"--split: expected dev, heldout, blindN (blind2, blind3 …), unseen or all, not '{which}'");
            var path = r.GetValue(file) ?? Path.Combine("tests", "Parallax.Tests", "testdata", "entities", "paragraphs.jsonl");
            if (!File.Exists(path)) throw new UsageException($"{path}: no such file (give FILE, the annotated paragraphs)");
            IReadOnlyList<EntityParagraph> set;
            try { set = EntityEvaluation.Load(path); }
            catch (FormatException e) { throw new UsageException(e.Message); }
            if (which is not ("unseen" or "all") && !set.Any(p => p.Split == which))
                throw new UsageException($"--split: {path} has no split '{which}' (it has {string.Join(", ", EvaluationSplits.Ordered(set.Select(p => p.Split)))})");
            var rep = EntityEvaluation.Run(new Parallax.Entities.EntityStage(), set);
            var t = new Table().Border(TableBorder.Rounded).Title($"Entities on {Markup.Escape(path)}: {set.Count} paragraphs, {set.Sum(p => p.Mentions.Count)} gold mentions (exact: same span and type)");
            t.AddColumns("split/lang", "paras", "PERSON P/R/F1", "ORGANIZATION P/R/F1", "LOCATION P/R/F1", "all exact F1", "lenient F1", "linking", "NIL");
            static string Prf(Score s) => $"{s.Precision:P0} / {s.Recall:P0} / {s.F1:P1}";
            foreach (var g in rep.Groups.Where(g => which == "all" || g.Name.StartsWith(which + "/", StringComparison.Ordinal) || g.Name.StartsWith("all/", StringComparison.Ordinal)))
                t.AddRow(g.Name, g.Paragraphs.ToString(), Prf(g.ExactByType["PERSON"]), Prf(g.ExactByType["ORGANIZATION"]), Prf(g.ExactByType["LOCATION"]),
                    $"{g.Exact.F1:P1}", $"{g.Lenient.F1:P1}", $"{g.LinkingAccuracy:P1} of {g.Linkable}", $"{g.NilAccuracy:P1} of {g.Nil}");
            Common.Out.Write(t);
            int shown = 0;
            foreach (var c in rep.Cases.Where(c => which == "all" || c.Gold.Split == which || (which == "unseen" && c.Gold.Split != "dev")))
            {
                if (shown >= r.GetValue(errors)) break;
                if (c.Missed.Count + c.Spurious.Count + c.WrongLinks.Count == 0) continue;
                shown++;
                Common.Out.WriteLine($"{c.Gold.Id} ({c.Gold.Split}, {c.Gold.Published:yyyy-MM-dd}): {c.Gold.Text}");
                foreach (var m in c.Missed) Common.Out.WriteLine($"   missed   {m.Type} '{m.Text}' {m.Start}–{m.End}");
                foreach (var m in c.Spurious) Common.Out.WriteLine($"   spurious {m.Type} '{m.Text}' {m.Start}–{m.End} ({m.Name})");
                foreach (var (g, got) in c.WrongLinks) Common.Out.WriteLine($"   link     '{g.Text}' gold {g.Kb ?? "none"}, got {(got == null ? "no mention" : (got.Kb ?? "none") + " (" + got.Name + ")")}");
            }
            return 0;
        }));
        return cmd;
    }

    static void ParagraphsReport(Pipeline pipeline, string file, string split, int errors, bool listAlarms = false)
    {
        if (!File.Exists(file)) throw new UsageException($"{file}: no such file");
        ParagraphReport rep;
        try { rep = ParagraphEvaluation.Run(pipeline, File.ReadAllText(file)); }
        catch (System.Text.Json.JsonException e) { throw new UsageException($"{file}: not JSON ({e.Message})"); }
        catch (FormatException e) { throw new UsageException($"{file}: {e.Message}"); }
        if ((errors > 0 || listAlarms) && split is not ("all" or "unseen") && !rep.Cases.Any(c => c.Split == split))
            throw new UsageException($"--split: {file} has no split '{split}' (it has {string.Join(", ", EvaluationSplits.Ordered(rep.Cases.Select(c => c.Split)))})");
        var t = new Table().Border(TableBorder.Rounded).Title($"annotated paragraphs: {rep.Cases.Count} (a match: same type, overlapping actors and recipients)");
        t.AddColumns("set", "gold", "coded", "matched", "precision", "recall", "F1", "status", "date", "location", "reported by", "mode");
        void Row(EventSetScore x) => t.AddRow(x.Name, x.Gold.ToString(), x.Predicted.ToString(), x.Matched.ToString(), $"{x.Precision:P1}", $"{x.Recall:P1}", $"{x.F1:P1}",
            $"{x.Status:P0}", $"{x.Date:P0}", $"{x.Location:P0}", $"{x.ReportedBy:P0}", $"{x.Mode:P0}");
        Row(rep.Score("dev", c => c.Split == "dev"));
        Row(rep.Score("held-out", c => c.Split == "heldout"));
        // Every blind split in the file gets a row, in the order written; from blind4 on it is followed by the pooled row of
        // the held-out split and every blind split written before it: the code's record, at the time that split was
        // written, on text it had not been tuned on.
        foreach (var n in rep.Cases.Select(c => EvaluationSplits.BlindNumber(c.Split)).Where(n => n > 0).Distinct().Order())
        {
            var name = $"blind{n}";
            Row(rep.Score(name, c => c.Split == name));
            if (n >= 4)
                Row(rep.Score(n == 4 ? "held-out + blind2 + blind3" : $"held-out + blind2…{n - 1}",
                    c => c.Split == "heldout" || EvaluationSplits.BlindNumber(c.Split) is var k && k > 0 && k < n));
        }
        if (rep.Cases.Any(c => c.Split is "blind2" or "blind3" or "blind4" or "blind5" or "blind6" or "blind7" or "blind8" or "blind9")) Row(rep.Score("unseen (held-out + blind)", c => c.Split != "dev"));
        Row(rep.Score("all", _ => true));
        Row(rep.Score("all, English", c => c.Language == "en"));
        Row(rep.Score("all, French", c => c.Language == "fr"));
        Common.Out.Write(t);
        var bt = new Table().Border(TableBorder.Rounded).Title("by type (all paragraphs)");
        bt.AddColumns("type", "gold", "coded", "matched", "precision", "recall");
        foreach (var type in rep.Types)
        {
            var x = rep.Score(type, _ => true, type);
            bt.AddRow(type, x.Gold.ToString(), x.Predicted.ToString(), x.Matched.ToString(), $"{x.Precision:P0}", $"{x.Recall:P0}");
        }
        Common.Out.Write(bt);
        var et = new Table().Border(TableBorder.Rounded).Title("errors by kind (a miss and a false alarm of one paragraph: same type → wrong participants; participants that match → wrong type)");
        et.AddColumns("set", "misses", "false alarms", "wrong participants", "wrong type", "not found", "spurious");
        void ERow(ErrorBreakdown b) => et.AddRow(b.Name, b.Misses.ToString(), b.FalseAlarms.ToString(), b.WrongParticipants.ToString(), b.WrongType.ToString(), b.NotFound.ToString(), b.Spurious.ToString());
        foreach (var name in rep.Cases.Select(c => c.Split).Distinct())
            ERow(rep.Breakdown(name, c => c.Split == name));
        ERow(rep.Breakdown("unseen", c => c.Split != "dev"));
        ERow(rep.Breakdown("all", _ => true));
        Common.Out.Write(et);
        if (listAlarms)
            foreach (var (c, e, kind) in rep.Alarms(c => split == "all" || c.Split == split || (split == "unseen" && c.Split != "dev")))
            {
                var sentence = e.Trigger is { } tr ? Sentence(c.Text, tr.Start) : "";
                Common.Out.WriteLine($"{c.Split} {c.Id} {kind}: {e.Type} {e.Status} [{string.Join(", ", e.Actors.Select(a => ParagraphEvaluation.Label(a, c.Coded)))} → {string.Join(", ", e.Targets.Select(a => ParagraphEvaluation.Label(a, c.Coded)))}] «{(e.Trigger is { } tg ? c.Text[tg.Start..tg.End] : "")}» | {sentence}");
            }
        int shown = 0;
        foreach (var c in rep.Cases.Where(c => split == "all" || c.Split == split || (split == "unseen" && c.Split != "dev")))
        {
            if (shown >= errors) break;
            var misses = c.Misses.ToList();
            var alarms = c.FalseAlarms.ToList();
            if (misses.Count + alarms.Count == 0) continue;
            shown++;
            Common.Out.WriteLine($"{c.Id}: {c.Text}");
            foreach (var g in misses)
                Common.Out.WriteLine($"   missed  {g.Type} {g.Status} [{string.Join(", ", g.Actors)} → {string.Join(", ", g.Recipients)}] {g.Date}");
            foreach (var e in alarms)
                Common.Out.WriteLine($"   coded   {e.Type} {e.Status} [{string.Join(", ", e.Actors.Select(a => ParagraphEvaluation.Label(a, c.Coded)))} → {string.Join(", ", e.Targets.Select(a => ParagraphEvaluation.Label(a, c.Coded)))}] {e.Date} «{(e.Trigger is { } tr ? c.Text[tr.Start..tr.End] : "")}»");
        }
    }

    /// <summary>The sentence of <paramref name="text"/> around <paramref name="at"/> (cut at ". " on either side).</summary>
    static string Sentence(string text, int at)
    {
        int start = at > 0 ? text.LastIndexOf(". ", Math.Min(at, text.Length - 1), StringComparison.Ordinal) : -1;
        int end = text.IndexOf(". ", at, StringComparison.Ordinal);
        return text[(start < 0 ? 0 : start + 2)..(end < 0 ? text.Length : end + 1)];
    }
}
