using System.Globalization;
using System.Text;
using System.Text.Json;
using Parallax.Model;
using Parallax.Time;

namespace Parallax.Evaluation;

/// <summary>
/// Measures the time stage on the public test suite of Microsoft Recognizers-Text
/// (Specs/DateTime/{French,English}/DateTimeModel.json: input sentence, reference date-time, expected spans
/// with TIMEX values). Cases whose <c>NotSupported</c> names "dotnet" are skipped: the reference .NET
/// implementation fails them, so they are aspirational rather than reference answers; so are cases without
/// a reference date (their values depend on the day the suite ran).
/// Reports span precision/recall/F1 (exact and overlapping, one-to-one) and value accuracy.
/// </summary>
public static class TimeBenchmark
{
    /// <summary>One test sentence with its expected expressions.</summary>
    public sealed record Case(string Input, DateOnly Reference, IReadOnlyList<GoldSpan> Gold)
    {
        /// <summary>The clock time of the reference moment (the suite's default reference is midnight).</summary>
        public TimeOnly ReferenceTime { get; init; }
    }

    /// <summary>An expected expression: span (end exclusive), type and the accepted values (TIMEX and resolutions).</summary>
    public sealed record GoldSpan(int Start, int End, string Text, string Type, IReadOnlyList<string> Values);

    public sealed record Scores(int Gold, int Predicted, int Exact, int Overlap, int ValueCorrect)
    {
        public double ExactPrecision => Predicted == 0 ? 0 : (double)Exact / Predicted;
        public double ExactRecall => Gold == 0 ? 0 : (double)Exact / Gold;
        public double ExactF1 => F(ExactPrecision, ExactRecall);
        public double OverlapPrecision => Predicted == 0 ? 0 : (double)Overlap / Predicted;
        public double OverlapRecall => Gold == 0 ? 0 : (double)Overlap / Gold;
        public double OverlapF1 => F(OverlapPrecision, OverlapRecall);
        /// <summary>Correct values among the overlapping matches.</summary>
        public double ValueAccuracy => Overlap == 0 ? 0 : (double)ValueCorrect / Overlap;
        /// <summary>Correct values among all expected expressions.</summary>
        public double ValueRecall => Gold == 0 ? 0 : (double)ValueCorrect / Gold;
        static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public sealed record Result(string Language, int Cases, int Skipped, Scores Scores, IReadOnlyList<string> Errors);

    /// <summary>The reference date the Recognizers-Text suites use when a case gives none.</summary>
    public static readonly DateOnly SuiteDefaultReference = new(2016, 11, 7);

    /// <summary>
    /// Loads the cases of one spec file (DateTimeModel, *Extractor or *Parser format), skipping those .NET does
    /// not support. A case without a reference date is skipped, unless <paramref name="defaultReference"/> is
    /// given (extractor and parser specs: their spans, durations and clock times do not depend on it).
    /// </summary>
    public static List<Case> Load(string path, out int skipped, DateOnly? defaultReference)
    {
        var all = LoadWithSupport(path, defaultReference, out int noReference);
        skipped = noReference + all.Count(c => !c.DotnetSupported);
        return all.Where(c => c.DotnetSupported).Select(c => c.Case).ToList();
    }

    /// <summary>
    /// Loads every case of one spec file with whether the reference .NET implementation supports it (its
    /// <c>NotSupported</c> field does not name dotnet); cases without a reference date take
    /// <paramref name="defaultReference"/>.
    /// </summary>
    public static List<(Case Case, bool DotnetSupported)> LoadWithSupport(string path, DateOnly defaultReference) =>
        LoadWithSupport(path, (DateOnly?)defaultReference, out _);

    static List<(Case Case, bool DotnetSupported)> LoadWithSupport(string path, DateOnly? defaultReference, out int noReference)
    {
        noReference = 0;
        var cases = new List<(Case, bool)>();
        using var json = JsonDocument.Parse(File.ReadAllBytes(path).AsMemory(StartsWithBom(path) ? 3 : 0));
        if (json.RootElement.ValueKind != JsonValueKind.Array) throw new FormatException($"{path}: expected a JSON array of cases");
        foreach (var c in json.RootElement.EnumerateArray())
        {
            bool supported = !(c.TryGetProperty("NotSupported", out var ns) && ns.ValueKind == JsonValueKind.String && ns.GetString() is { } s &&
                s.Split(',', StringSplitOptions.TrimEntries).Contains("dotnet", StringComparer.OrdinalIgnoreCase));
            var input = c.GetProperty("Input").GetString()!;
            // without a reference date the expected values depend on the day the suite ran: skipped too
            DateOnly reference;
            TimeOnly referenceTime = default;
            if (c.TryGetProperty("Context", out var cx) && cx.TryGetProperty("ReferenceDateTime", out var rd))
            {
                var rdt = DateTime.Parse(rd.GetString()!, CultureInfo.InvariantCulture);
                reference = DateOnly.FromDateTime(rdt);
                referenceTime = TimeOnly.FromDateTime(rdt);
            }
            else if (defaultReference is DateOnly dr) reference = dr;
            else { noReference++; continue; }
            var gold = new List<GoldSpan>();
            if (c.TryGetProperty("Results", out var results))
                foreach (var r in results.EnumerateArray())
                {
                    var text = r.GetProperty("Text").GetString()!;
                    int start = Int(r, "Start") ?? input.IndexOf(text, StringComparison.OrdinalIgnoreCase);
                    if (start < 0 || start + text.Length > input.Length) continue;
                    int end = start + text.Length;
                    var values = new List<string>();
                    if (r.TryGetProperty("Resolution", out var res) && res.ValueKind == JsonValueKind.Object) Values(res, values);
                    if (r.TryGetProperty("Value", out var val) && val.ValueKind == JsonValueKind.Object) Values(val, values);
                    var type = r.TryGetProperty("TypeName", out var tn) ? tn.GetString() ?? "" : r.TryGetProperty("Type", out var ty) ? ty.GetString() ?? "" : "";
                    gold.Add(new GoldSpan(start, end, text, type, values));
                }
            cases.Add((new Case(input, reference, gold) { ReferenceTime = referenceTime }, supported));
        }
        return cases;
    }

    /// <summary>Loads a DateTimeModel spec file; cases without a reference date are skipped.</summary>
    public static List<Case> Load(string path, out int skipped) => Load(path, out skipped, null);

    /// <summary>
    /// Expected values of a result: model format ("values": [{timex, value, start}]) or parser format
    /// (Timex, FutureResolution / PastResolution with date, time, duration… or start…/end… pairs).
    /// </summary>
    static void Values(JsonElement e, List<string> values)
    {
        if (e.TryGetProperty("values", out var vals) && vals.ValueKind == JsonValueKind.Array)
            foreach (var v in vals.EnumerateArray())
                foreach (var key in new[] { "timex", "value", "start" })
                    if (v.TryGetProperty(key, out var x) && x.ValueKind == JsonValueKind.String) values.Add(x.GetString()!);
        if (e.TryGetProperty("Timex", out var tx) && tx.ValueKind == JsonValueKind.String) values.Add(tx.GetString()!);
        foreach (var side in new[] { "FutureResolution", "PastResolution" })
        {
            if (!e.TryGetProperty(side, out var rs) || rs.ValueKind != JsonValueKind.Object) continue;
            string? st = null, en = null;
            foreach (var p in rs.EnumerateObject())
            {
                if (p.Value.ValueKind != JsonValueKind.String) continue;
                var v = p.Value.GetString()!;
                if (p.Name.StartsWith("start", StringComparison.OrdinalIgnoreCase)) st = v;
                else if (p.Name.StartsWith("end", StringComparison.OrdinalIgnoreCase)) en = v;
                else values.Add(v);
            }
            if (st != null && en != null) values.Add($"({st},{en},)");
        }
    }

    static bool StartsWithBom(string path)
    {
        using var f = File.OpenRead(path);
        Span<byte> b = stackalloc byte[3];
        return f.Read(b) == 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF;
    }

    static int? Int(JsonElement e, string name)
    {
        foreach (var p in e.EnumerateObject())
            if (string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.Number) return p.Value.GetInt32();
        return null;
    }

    /// <summary>Runs the time stage on the cases and scores it.</summary>
    public static Result Evaluate(string language, IEnumerable<Case> cases, int skipped = 0, int maxErrors = 60)
    {
        int gold = 0, pred = 0, exact = 0, overlap = 0, valueOk = 0, n = 0;
        var errors = new List<string>();
        foreach (var c in cases)
        {
            n++;
            var times = TimeStage.Extract(c.Input, c.Reference, language);
            gold += c.Gold.Count;
            pred += times.Length;
            var usedExact = new bool[times.Length];
            foreach (var g in c.Gold)
                for (int i = 0; i < times.Length; i++)
                    if (!usedExact[i] && times[i].Start == g.Start && times[i].End == g.End) { usedExact[i] = true; exact++; break; }
            var used = new bool[times.Length];
            foreach (var g in c.Gold)
            {
                int best = -1, bestOv = 0;
                for (int i = 0; i < times.Length; i++)
                {
                    if (used[i]) continue;
                    int ov = Math.Min(times[i].End, g.End) - Math.Max(times[i].Start, g.Start);
                    if (ov > bestOv) { bestOv = ov; best = i; }
                }
                if (best < 0)
                {
                    if (errors.Count < maxErrors) errors.Add($"MISS  [{g.Text}] {string.Join(" ", g.Values.Take(2))}  in: {c.Input}");
                    continue;
                }
                used[best] = true;
                overlap++;
                if (ValueMatches(times[best], g)) valueOk++;
                else if (errors.Count < maxErrors)
                    errors.Add($"VALUE [{times[best].Text}]={times[best].Value}  want {string.Join(" | ", g.Values.Distinct().Take(3))}  in: {c.Input}");
            }
            for (int i = 0; i < times.Length; i++)
                if (!used[i] && errors.Count < maxErrors) errors.Add($"EXTRA [{times[i].Text}]={times[i].Value}  in: {c.Input}");
        }
        return new Result(language, n, skipped, new Scores(gold, pred, exact, overlap, valueOk), errors);
    }

    /// <summary>
    /// A value is right when, normalised, it equals one of the expected TIMEX values or resolutions. Normalising:
    /// clock times drop ":00" minutes and seconds ("T18:00" = "T18"), "YYYY-MM-DD HH:MM:SS" resolutions become
    /// TIMEX, ranges "a/b" compare with "(a,b,Pn)" on their ends, zone offsets are ignored, and an expected clock
    /// time without a date ("T16") is compared with the time of day of ours (which carries the anchor date), and
    /// the ends of a range of years or months ("2014/2018") with the suite's first days ("2014-01-01,2018-01-01").
    /// </summary>
    internal static bool ValueMatches(TimeExpression t, GoldSpan g)
    {
        var ours = Normalise(t.Value).Split('/');
        var period = Period(t.Value);
        foreach (var v in g.Values)
        {
            // the same period written two ways: our 2019-Q2 / 2018-W47 / 2016-10 / 2022 / 202 and the suite's
            // "(2019-04-01,2019-07-01,P3M)"
            if (period is var (ps, pe) && v.StartsWith('(') && v.EndsWith(')'))
            {
                var ends = v[1..^1].Split(',');
                static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                if (ends.Length >= 2 && (ends[0] == D(ps) || Underspecified(ends[0], D(ps))) && (ends[1] == D(pe) || Underspecified(ends[1], D(pe))))
                    return true;
            }
            // a week of a month written by the suite as "XXXX-07-W05" with its first day "2016-07-25" as resolution:
            // our ISO week 2016-W30 that starts on that day
            if (period is var (ws, we) && we.DayNumber - ws.DayNumber == 7 && g.Values.Count > 0 && g.Values[0].Contains("-W") &&
                v == ws.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)) return true;
            // an underspecified TIMEX of the suite ("XXXX-11", "XXXX-WXX-2", "SU") matches our value that fills it in
            if (Underspecified(v, t.Value)) return true;
            // a fractional duration or period of a set is ours one unit down ("P3.5Y" = "P3Y6M", "P0.5Y" = "P6M")
            if (t.Kind is TimeKinds.Duration or TimeKinds.Set && v.StartsWith('P') && v.Contains('.') && FractionalDuration(v) == t.Value) return true;
            var gv = v;
            if (gv.StartsWith('(') && gv.EndsWith(')'))
            {
                var parts = gv[1..^1].Split(',');
                if (parts.Length >= 2) gv = parts[0] + "/" + parts[1];
            }
            // durations: compare lengths in seconds with the expected resolution ("PT1.5H" = "PT1H30M" = 5400)
            if (t.Kind == TimeKinds.Duration && Seconds(t.Value) is double sec &&
                double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var gs) && Math.Abs(gs - sec) < 0.5) return true;
            var gp = Normalise(gv).Split('/');
            if (gp.Length != ours.Length) continue;
            bool all = true;
            for (int i = 0; i < gp.Length && all; i++)
            {
                // a clock time without a date ("T16") is compared with our time of day
                int ti = ours[i].IndexOf('T');
                all = gp[i] == ours[i] || (gp[i].StartsWith('T') && ti >= 0 && ours[i][ti..] == gp[i]) || Underspecified(gp[i], ours[i])
                      // a range of years or months is written by the suite with the periods' first days
                      || (gp.Length == 2 && (gp[i] == ours[i] + "-01-01" || gp[i] == ours[i] + "-01" ||
                                             (ours[i].Length == 7 && Underspecified(gp[i], ours[i] + "-01"))))
                      // our inclusive last period against the suite's exclusive end ("to the end of 2008" = 2008 and
                      // (…,2009-01-01))
                      || (gp.Length == 2 && i == 1 && ours[i].Length is 4 or 7 && Period(ours[i]) is var (_, pe1) &&
                          (gp[i] == pe1.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ||
                           Underspecified(gp[i], pe1.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))));
            }
            if (all) return true;
        }
        return false;
    }

    /// <summary>A year, month, ISO week, quarter, decade or century value as the days it covers [start, end), or null.</summary>
    internal static (DateOnly Start, DateOnly End)? Period(string v)
    {
        static int N(string s) => int.Parse(s, CultureInfo.InvariantCulture);
        var m = System.Text.RegularExpressions.Regex.Match(v, @"^(\d{4})(?:-(\d\d)|-W(\d\d)|-Q([1-4])|-H([12]))?$|^(\d{3})$|^(\d{2})$");
        if (!m.Success) return null;
        if (m.Groups[7].Success) { var c0 = new DateOnly(Math.Max(1, N(m.Groups[7].Value) * 100), 1, 1); return (c0, c0.AddYears(N(m.Groups[7].Value) == 0 ? 99 : 100)); }
        if (m.Groups[6].Success) { var d0 = new DateOnly(N(m.Groups[6].Value) * 10, 1, 1); return (d0, d0.AddYears(10)); }
        int y = N(m.Groups[1].Value);
        if (y < 1) return null;
        if (m.Groups[2].Success) { int mo = N(m.Groups[2].Value); if (mo is < 1 or > 12) return null; var d = new DateOnly(y, mo, 1); return (d, d.AddMonths(1)); }
        if (m.Groups[3].Success)
        {
            int w = N(m.Groups[3].Value);
            if (w < 1 || w > ISOWeek.GetWeeksInYear(y)) return null;
            var d = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, w, DayOfWeek.Monday));
            return (d, d.AddDays(7));
        }
        if (m.Groups[4].Success) { var d = new DateOnly(y, (N(m.Groups[4].Value) - 1) * 3 + 1, 1); return (d, d.AddMonths(3)); }
        if (m.Groups[5].Success) { var d = new DateOnly(y, (N(m.Groups[5].Value) - 1) * 6 + 1, 1); return (d, d.AddMonths(6)); }
        return (new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1));
    }

    /// <summary>
    /// Whether a TIMEX with unknown parts (X digits; a season or part of day without year: "SU") is filled in by
    /// ours: same length and every known character equal; a weekday of an unknown week ("XXXX-WXX-1") by our date
    /// when it is that weekday.
    /// </summary>
    internal static bool Underspecified(string timex, string ours)
    {
        // a weekday of an unspecified week ("XXXX-WXX-1T10": a Monday at 10) is filled in by our Monday of that time
        if (timex.Length >= 10 && timex.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && timex[9] is >= '1' and <= '7' &&
            ours.Length >= 10 && DateOnly.TryParseExact(ours.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            int dow = day.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)day.DayOfWeek;
            if (dow != timex[9] - '0') return false;
            var rest = timex[10..];
            return rest == ours[10..] || (rest.Contains('X') && Underspecified("XXXX-XX-XX" + rest, "XXXX-XX-XX" + ours[10..]));
        }
        // the nth weekday of a month ("XXXX-09-WXX-1-#1TEV": the first Monday of September, in the evening; #5 the
        // last) is filled in by our date that is that weekday, of that month, at that rank
        var nth = System.Text.RegularExpressions.Regex.Match(timex, @"^(XXXX|\d{4})-(\d\d|XX)-WXX-([1-7])-#([1-5])(.*)$");
        if (nth.Success)
        {
            if (ours.Length < 10 || !DateOnly.TryParseExact(ours.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var nd)) return false;
            int ndow = nd.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)nd.DayOfWeek;
            int rank = nth.Groups[4].Value[0] - '0';
            bool rankOk = rank == 5 ? nd.AddDays(7).Month != nd.Month : (nd.Day - 1) / 7 + 1 == rank;
            return ndow == nth.Groups[3].Value[0] - '0' && rankOk &&
                   (nth.Groups[1].Value == "XXXX" || nth.Groups[1].Value == ours[..4]) &&
                   (nth.Groups[2].Value == "XX" || nth.Groups[2].Value == ours.Substring(5, 2)) && nth.Groups[5].Value == ours[10..];
        }
        if (!timex.Contains('X') && !(timex.Length == 2 && char.IsUpper(timex[0]) && char.IsUpper(timex[1]))) return false;
        if (timex.Length == 2) timex = "XXXX-" + timex;
        if (timex.Length != ours.Length) return false;
        for (int i = 0; i < timex.Length; i++)
            if (timex[i] != ours[i] && !(timex[i] == 'X' && char.IsDigit(ours[i]))) return false;
        return true;
    }

    /// <summary>"P3.5Y" as Parallax writes it ("P3Y6M"), or null.</summary>
    static string? FractionalDuration(string v)
    {
        var m = System.Text.RegularExpressions.Regex.Match(v, @"^P(T?)(\d+\.\d+)([YMWDHS])$");
        if (!m.Success) return null;
        var unit = m.Groups[3].Value;
        if (m.Groups[1].Length > 0 && unit == "M") unit = "MIN";
        return Time.TimeResolver.DurationValue(double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), unit);
    }

    /// <summary>Seconds in an ISO 8601 duration (years of 365 days, months of 30), or null.</summary>
    internal static double? Seconds(string v)
    {
        if (!v.StartsWith('P')) return null;
        double total = 0, num = 0, frac = 0, scale = 0;
        bool time = false, any = false;
        foreach (var c in v.AsSpan(1))
        {
            if (c == 'T') { time = true; continue; }
            if (char.IsDigit(c)) { if (scale > 0) { frac += (c - '0') / scale; scale *= 10; } else num = num * 10 + (c - '0'); any = true; continue; }
            if (c == '.') { scale = 10; continue; }
            double n = num + frac;
            total += c switch
            {
                'Y' => n * 31536000, 'W' => n * 604800, 'D' => n * 86400,
                'M' => time ? n * 60 : n * 2592000, 'H' => n * 3600, 'S' => n,
                _ => double.NaN,
            };
            num = 0; frac = 0; scale = 0;
        }
        return any && !double.IsNaN(total) ? total : null;
    }

    static string Normalise(string v)
    {
        v = v.Trim();
        if (v.Length >= 19 && v[10] == ' ' && v[13] == ':') v = v[..10] + "T" + v[11..];
        if (v.Length == 8 && v[2] == ':' && v[5] == ':') v = "T" + v;
        var sb = new StringBuilder();
        foreach (var part in v.Split('/'))
        {
            var p = part;
            int zi = p.IndexOf('T');
            if (zi >= 0)
            {
                int z = p.IndexOfAny(['+', 'Z'], zi);
                if (z < 0) z = p.IndexOf('-', zi);
                if (z > 0) p = p[..z];
                while (p.EndsWith(":00") && p.Length - p.IndexOf('T') > 3) p = p[..^3];
            }
            if (sb.Length > 0) sb.Append('/');
            sb.Append(p);
        }
        return sb.ToString();
    }

    /// <summary>Runs both languages from the Specs/DateTime folder and returns a Markdown report.</summary>
    public static string Report(string specsDateTimeDir, int errorsPerLanguage = 0)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| language | cases (skipped) | gold | predicted | exact P | exact R | exact F1 | overlap P | overlap R | overlap F1 | value acc. (overlaps) | value recall |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        var all = new List<Result>();
        foreach (var (dir, lang) in new[] { ("French", "fr"), ("English", "en") })
        {
            var path = Path.Combine(specsDateTimeDir, dir, "DateTimeModel.json");
            if (!File.Exists(path)) continue;
            var cases = Load(path, out int skipped);
            var r = Evaluate(lang, cases, skipped, errorsPerLanguage);
            all.Add(r);
            var s = r.Scores;
            sb.AppendLine(FormattableString.Invariant(
                $"| {lang} | {r.Cases} ({r.Skipped}) | {s.Gold} | {s.Predicted} | {s.ExactPrecision:P1} | {s.ExactRecall:P1} | {s.ExactF1:P1} | {s.OverlapPrecision:P1} | {s.OverlapRecall:P1} | {s.OverlapF1:P1} | {s.ValueAccuracy:P1} | {s.ValueRecall:P1} |"));
        }
        foreach (var (kind, suffix) in new[] { ("extractor specs (spans)", "Extractor.json"), ("parser specs (values)", "Parser.json") })
        {
            sb.AppendLine().AppendLine($"{kind}, all *{suffix} files, default reference {SuiteDefaultReference:yyyy-MM-dd}:").AppendLine();
            sb.AppendLine("| language | cases (skipped) | gold | predicted | exact F1 | overlap P | overlap R | overlap F1 | value acc. (overlaps) |");
            sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
            foreach (var (dir, lang) in new[] { ("French", "fr"), ("English", "en") })
            {
                var folder = Path.Combine(specsDateTimeDir, dir);
                if (!Directory.Exists(folder)) continue;
                var cases = new List<Case>();
                int skippedAll = 0;
                foreach (var f in Directory.GetFiles(folder, "*" + suffix).Order(StringComparer.Ordinal))
                {
                    cases.AddRange(Load(f, out int sk, SuiteDefaultReference));
                    skippedAll += sk;
                }
                var r = Evaluate(lang, cases, skippedAll, 0);
                var sc = r.Scores;
                sb.AppendLine(FormattableString.Invariant(
                    $"| {lang} | {r.Cases} ({r.Skipped}) | {sc.Gold} | {sc.Predicted} | {sc.ExactF1:P1} | {sc.OverlapPrecision:P1} | {sc.OverlapRecall:P1} | {sc.OverlapF1:P1} | {(suffix == "Parser.json" ? sc.ValueAccuracy.ToString("P1", CultureInfo.InvariantCulture) : "–")} |"));
            }
        }
        foreach (var r in all)
            if (r.Errors.Count > 0)
            {
                sb.AppendLine().AppendLine($"errors ({r.Language}, first {r.Errors.Count}):");
                foreach (var e in r.Errors) sb.AppendLine("  " + e);
            }
        return sb.ToString();
    }
}
