using System.Globalization;
using System.Text;
using Parallax.Model;
using Parallax.Time;

namespace Parallax.Evaluation;

/// <summary>One input for a time tagger: text, reference (publication) date and language.</summary>
public sealed record TimeInput(string Text, DateOnly Reference, string Language)
{
    /// <summary>The clock time of the reference moment, when the input gives one.</summary>
    public TimeOnly? ReferenceTime { get; init; }
}

/// <summary>
/// A time tagger under evaluation: from a batch of inputs to the expressions found in each (same order). Parallax's
/// own stage is <see cref="TimeSpecsBenchmark.Parallax"/>; a baseline (chrono-node) is another implementation.
/// </summary>
public delegate IReadOnlyList<IReadOnlyList<TimeExpression>> TimeTagger(IReadOnlyList<TimeInput> inputs);

/// <summary>
/// Pass rates on every spec file of the Recognizers-Text date/time suite
/// (<c>Specs/DateTime/{French,English}/*.json</c>), for Parallax and optionally a baseline on the same cases.
/// A case passes when every expected span is found — a predicted expression overlapping it, one-to-one — with an
/// equal value (<see cref="TimeBenchmark.ValueMatches"/>: the suite's TIMEX or one of its resolutions, normalised);
/// extractor specs give no values, so there a found span is enough; a case that expects nothing passes when
/// nothing is found. Cases without a reference date take the suite's default, 2016-11-07. Rates are given over
/// all cases and over those the suite's own .NET implementation supports (<c>NotSupported</c> does not name dotnet).
/// </summary>
public static class TimeSpecsBenchmark
{
    /// <summary>A case of one spec file, with whether the reference .NET implementation supports it.</summary>
    public sealed record SpecCase(string File, string Language, TimeBenchmark.Case Case, bool DotnetSupported);

    /// <summary>Pass counts of one tagger on one group of cases.</summary>
    public sealed record PassCounts(int Cases, int Passed, int Supported, int SupportedPassed)
    {
        public double Rate => Cases == 0 ? 0 : (double)Passed / Cases;
        public double SupportedRate => Supported == 0 ? 0 : (double)SupportedPassed / Supported;
        public static PassCounts operator +(PassCounts a, PassCounts b) =>
            new(a.Cases + b.Cases, a.Passed + b.Passed, a.Supported + b.Supported, a.SupportedPassed + b.SupportedPassed);
        public static readonly PassCounts Zero = new(0, 0, 0, 0);
    }

    /// <summary>The Parallax time stage as a <see cref="TimeTagger"/>.</summary>
    public static IReadOnlyList<IReadOnlyList<TimeExpression>> Parallax(IReadOnlyList<TimeInput> inputs) => ParallaxWith(TimeOptions.Default)(inputs);

    /// <summary>The time stage with the given conventions (and each input's reference clock time) as a <see cref="TimeTagger"/>.</summary>
    public static TimeTagger ParallaxWith(TimeOptions options) => inputs =>
        inputs.Select(i => (IReadOnlyList<TimeExpression>)TimeStage.Extract(i.Text, i.Reference, i.Language, default,
            options with { ReferenceTime = i.ReferenceTime ?? options.ReferenceTime })).ToList();

    /// <summary>Languages of the suite: folder name and language code.</summary>
    public static readonly (string Folder, string Language)[] Languages = [("French", "fr"), ("English", "en")];

    /// <summary>Loads every *.json spec file of the French/ and English/ folders under <paramref name="specsDateTimeDir"/>.</summary>
    public static List<SpecCase> LoadAll(string specsDateTimeDir, Action<string>? progress = null)
    {
        var all = new List<SpecCase>();
        foreach (var (folder, lang) in Languages)
        {
            var dir = Path.Combine(specsDateTimeDir, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal))
            {
                progress?.Invoke($"loading {folder}/{Path.GetFileName(f)}");
                foreach (var (c, supported) in TimeBenchmark.LoadWithSupport(f, TimeBenchmark.SuiteDefaultReference))
                    all.Add(new SpecCase(Path.GetFileNameWithoutExtension(f), lang, c, supported));
            }
        }
        if (all.Count == 0) throw new ArgumentException($"{specsDateTimeDir}: no spec files under French/ or English/");
        return all;
    }

    /// <summary>Whether the predictions pass a case (see the class summary).</summary>
    public static bool Passes(TimeBenchmark.Case c, IReadOnlyList<TimeExpression> predicted)
    {
        if (c.Gold.Count == 0) return predicted.Count == 0;
        var used = new bool[predicted.Count];
        foreach (var g in c.Gold)
        {
            // the overlapping predictions, the most overlapping first; the first unused one with a right value wins
            int found = -1;
            foreach (var i in Enumerable.Range(0, predicted.Count)
                         .Where(i => !used[i] && Math.Min(predicted[i].End, g.End) > Math.Max(predicted[i].Start, g.Start))
                         .OrderByDescending(i => Math.Min(predicted[i].End, g.End) - Math.Max(predicted[i].Start, g.Start)))
                if (g.Values.Count == 0 || TimeBenchmark.ValueMatches(predicted[i], g)) { found = i; break; }
            if (found < 0) return false;
            used[found] = true;
        }
        return true;
    }

    /// <summary>Runs a tagger over the cases (in batches, with progress) and says which pass.</summary>
    public static bool[] Run(IReadOnlyList<SpecCase> cases, TimeTagger tagger, Action<string>? progress = null)
    {
        var passed = new bool[cases.Count];
        const int Batch = 2000;
        for (int from = 0; from < cases.Count; from += Batch)
        {
            int n = Math.Min(Batch, cases.Count - from);
            var inputs = new TimeInput[n];
            for (int i = 0; i < n; i++) inputs[i] = new TimeInput(cases[from + i].Case.Input, cases[from + i].Case.Reference, cases[from + i].Language)
                { ReferenceTime = cases[from + i].Case.ReferenceTime };
            var preds = tagger(inputs);
            if (preds.Count != n) throw new InvalidOperationException($"the tagger returned {preds.Count} results for {n} inputs");
            for (int i = 0; i < n; i++) passed[from + i] = Passes(cases[from + i].Case, preds[i]);
            progress?.Invoke($"{from + n}/{cases.Count} cases");
        }
        return passed;
    }

    /// <summary>Counts per (language, file), in load order.</summary>
    public static List<(string Language, string File, PassCounts Counts)> Count(IReadOnlyList<SpecCase> cases, bool[] passed)
    {
        var rows = new List<(string, string, PassCounts)>();
        var index = new Dictionary<(string, string), int>();
        for (int i = 0; i < cases.Count; i++)
        {
            var key = (cases[i].Language, cases[i].File);
            if (!index.TryGetValue(key, out int r)) { index[key] = r = rows.Count; rows.Add((key.Language, key.File, PassCounts.Zero)); }
            bool s = cases[i].DotnetSupported, p = passed[i];
            rows[r] = (rows[r].Item1, rows[r].Item2, rows[r].Item3 + new PassCounts(1, p ? 1 : 0, s ? 1 : 0, s && p ? 1 : 0));
        }
        return rows;
    }

    /// <summary>
    /// A Markdown report: per language, the DateTimeModel file first (the end-to-end suite the targets are set on),
    /// then every file, then the language's total; one column pair per tagger.
    /// </summary>
    public static string Report(IReadOnlyList<SpecCase> cases, IReadOnlyList<(string Name, bool[] Passed)> taggers)
    {
        var counts = taggers.Select(t => Count(cases, t.Passed)).ToList();
        var sb = new StringBuilder();
        sb.Append("| language | spec file | cases | .NET-supported |");
        foreach (var (name, _) in taggers) sb.Append($" {name}: all | {name}: supported |");
        sb.AppendLine();
        sb.Append("|---|---|---|---|");
        foreach (var _ in taggers) sb.Append("---|---|");
        sb.AppendLine();
        foreach (var (_, lang) in Languages)
        {
            var files = counts[0].Where(r => r.Language == lang).Select(r => r.File)
                .OrderBy(f => f == "DateTimeModel" ? 0 : 1).ThenBy(f => f, StringComparer.Ordinal).ToList();
            if (files.Count == 0) continue;
            foreach (var file in files)
                Row(sb, lang, file == "DateTimeModel" ? "**DateTimeModel**" : file,
                    counts.Select(c => c.First(r => r.Language == lang && r.File == file).Counts).ToList());
            Row(sb, lang, "**all files**", counts.Select(c => c.Where(r => r.Language == lang).Aggregate(PassCounts.Zero, (a, r) => a + r.Counts)).ToList());
        }
        Row(sb, "both", "**all files**", counts.Select(c => c.Aggregate(PassCounts.Zero, (a, r) => a + r.Counts)).ToList());
        return sb.ToString();
    }

    static void Row(StringBuilder sb, string lang, string file, List<PassCounts> perTagger)
    {
        var first = perTagger[0];
        sb.Append(CultureInfo.InvariantCulture, $"| {lang} | {file} | {first.Cases} | {first.Supported} |");
        foreach (var c in perTagger)
            sb.Append(CultureInfo.InvariantCulture, $" {c.Rate:P1} | {(c.Supported == 0 ? "–" : c.SupportedRate.ToString("P1", CultureInfo.InvariantCulture))} |");
        sb.AppendLine();
    }

    /// <summary>The cases a tagger fails, as lines "file  input  (expected …)", at most <paramref name="max"/> per language.</summary>
    public static IEnumerable<string> Failures(IReadOnlyList<SpecCase> cases, bool[] passed, string? file, bool supportedOnly, int max,
                                              TimeTagger? tagger = null)
    {
        foreach (var (_, lang) in Languages)
        {
            var failed = Enumerable.Range(0, cases.Count)
                .Where(i => !passed[i] && cases[i].Language == lang && (file == null || cases[i].File == file) && (!supportedOnly || cases[i].DotnetSupported))
                .Take(max).ToList();
            var preds = tagger?.Invoke(failed.Select(i => new TimeInput(cases[i].Case.Input, cases[i].Case.Reference, lang)).ToList());
            for (int k = 0; k < failed.Count; k++)
            {
                var c = cases[failed[k]];
                var want = string.Join("; ", c.Case.Gold.Select(g => $"[{g.Text}] {string.Join(" | ", g.Values.Distinct().Take(3))}"));
                var got = preds == null ? "" : "  got: " + string.Join("; ", preds[k].Select(t => $"[{t.Text}] {t.Value}"));
                yield return $"{lang} {c.File} ref {c.Case.Reference:yyyy-MM-dd}: {c.Case.Input}\n    want: {want}{got}";
            }
        }
    }
}
