using System.Collections.Immutable;
using System.Text.Json;
using Parallax.Language;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Evaluation;

/// <summary>Accuracy of language identification for one language.</summary>
public sealed record LanguageAccuracy(string Language, int Samples, int Correct, int ShortSamples, int ShortCorrect)
{
    public double Accuracy => Samples == 0 ? 0 : (double)Correct / Samples;
    public double ShortAccuracy => ShortSamples == 0 ? 0 : (double)ShortCorrect / ShortSamples;
}

public sealed record LanguageIdReport(IReadOnlyList<LanguageAccuracy> Languages, IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion)
{
    public int Samples => Languages.Sum(l => l.Samples);
    public double Accuracy => Samples == 0 ? 0 : (double)Languages.Sum(l => l.Correct) / Samples;
}

/// <summary>Sentence-boundary precision/recall: boundaries between sentences inside paragraphs.</summary>
public sealed record SentenceReport(string Language, int Paragraphs, int Gold, int Predicted, int Matched, IReadOnlyList<string> Errors)
{
    public double Precision => Predicted == 0 ? 1 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 1 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Quote detection and speaker attribution on an annotated set.</summary>
public sealed record QuoteReport(int Passages, int GoldQuotes, int PredictedQuotes, int FoundQuotes,
    int GoldWithSpeaker, int PredictedWithSpeaker, int CorrectSpeakerOfGold, int CorrectSpeakerOfPredicted,
    IReadOnlyList<string> Errors, IReadOnlyDictionary<string, (int Gold, int Correct)> ByLanguage)
{
    /// <summary>Share of gold quotations that a predicted quote covers.</summary>
    public double DetectionRecall => GoldQuotes == 0 ? 0 : (double)FoundQuotes / GoldQuotes;
    /// <summary>Share of attributed predicted quotes (matching a gold quote) whose speaker is right.</summary>
    public double SpeakerPrecision => PredictedWithSpeaker == 0 ? 0 : (double)CorrectSpeakerOfPredicted / PredictedWithSpeaker;
    /// <summary>Share of gold quotes with a speaker that were found with that speaker.</summary>
    public double SpeakerRecall => GoldWithSpeaker == 0 ? 0 : (double)CorrectSpeakerOfGold / GoldWithSpeaker;
    public double SpeakerF1 => SpeakerPrecision + SpeakerRecall == 0 ? 0 : 2 * SpeakerPrecision * SpeakerRecall / (SpeakerPrecision + SpeakerRecall);
    /// <summary>Where the speaker errors come from: detection (quotes missed or merged) or attribution.</summary>
    public QuoteErrorBreakdown Breakdown { get; init; } = new(0, 0, 0, 0, 0, 0, 0);
    /// <summary>Gold quotes found on a span of their own with the right speaker.</summary>
    public int CorrectOnOwnSpan { get; init; }
    /// <summary>Speaker F1 with detection set aside: precision as above, recall over the gold quotes found on a span of their own.</summary>
    public double AttributionF1
    {
        get
        {
            double r = Breakdown.AttributionRecall(CorrectOnOwnSpan), p = SpeakerPrecision;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>
/// The gold quotes with a speaker that did not get it, split by cause — <see cref="Missed"/> (no predicted quote
/// covers the first words), <see cref="Merged"/> (the predicted quote that covers them already covers an earlier gold
/// quote: two quotations or a report and a quotation run together) and <see cref="WrongSpeaker"/> (a quote of its
/// own, attributed wrong) — with span and spurious counts: <see cref="StartExact"/> found quotes whose predicted start
/// is the gold start (give or take marks and spaces), <see cref="Spurious"/> predicted quotes that cover no gold quote
/// (scare quotes, titles, reports the gold does not hold), <see cref="SpuriousDirect"/> those of them in marks, and
/// <see cref="FoundWithSpeaker"/> the gold quotes with a speaker that were found on a span of their own.
/// </summary>
public sealed record QuoteErrorBreakdown(int Missed, int Merged, int WrongSpeaker, int StartExact, int Spurious, int SpuriousDirect, int FoundWithSpeaker)
{
    /// <summary>Speaker recall on the gold quotes found on a span of their own: attribution alone, detection set aside.</summary>
    public double AttributionRecall(int correct) => FoundWithSpeaker == 0 ? 0 : (double)correct / FoundWithSpeaker;
}

/// <summary>
/// Scores the language layer: language identification on held-out sentences (and by cross-validation on the
/// bundled training text), sentence boundaries on one-sentence-per-line paragraphs, and quotes with their
/// speakers on passages annotated in JSON Lines (see tests/Parallax.Tests/testdata/language/README.md).
/// </summary>
public static class LanguageEvaluation
{
    /// <summary>A sample is short when it has at most this many words: the hard case for identification.</summary>
    public const int ShortWords = 8;

    /// <summary>Scores a model on a folder of <c>&lt;lang&gt;.txt</c> files, one sample per line.</summary>
    public static LanguageIdReport IdentifyFolder(string folder, NgramLanguageModel? model = null)
    {
        var samples = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadLines(f).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).Select(l => (Path.GetFileNameWithoutExtension(f), l.Trim())));
        return Identify(samples, model ?? LanguageIdentifier.Default);
    }

    public static LanguageIdReport Identify(IEnumerable<(string Language, string Text)> samples, NgramLanguageModel model)
    {
        var per = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var confusion = new Dictionary<(string, string), int>();
        foreach (var (lang, text) in samples)
        {
            var got = LanguageIdentifier.Guess(model, text).Language;
            if (!per.TryGetValue(lang, out var c)) per[lang] = c = new int[4];
            bool isShort = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortWords;
            c[0]++;
            if (got == lang) c[1]++;
            if (isShort) { c[2]++; if (got == lang) c[3]++; }
            if (got != lang) confusion[(lang, got)] = confusion.GetValueOrDefault((lang, got)) + 1;
        }
        return new LanguageIdReport([.. per.Select(kv => new LanguageAccuracy(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))], confusion);

    }

    /// <summary>k-fold cross-validation on the bundled training sentences (every k-th sentence held out in turn).</summary>
    public static LanguageIdReport CrossValidate(int folds = 5)
    {
        var all = LanguageIdentifier.TrainingSamples().ToList();
        var per = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        var confusion = new Dictionary<(string, string), int>();
        for (int f = 0; f < folds; f++)
        {
            var model = NgramLanguageModel.Train(all.Where((_, i) => i % folds != f));
            var r = Identify(all.Where((_, i) => i % folds == f), model);
            foreach (var l in r.Languages)
            {
                if (!per.TryGetValue(l.Language, out var c)) per[l.Language] = c = new int[4];
                c[0] += l.Samples; c[1] += l.Correct; c[2] += l.ShortSamples; c[3] += l.ShortCorrect;
            }
            foreach (var (k, v) in r.Confusion) confusion[k] = confusion.GetValueOrDefault(k) + v;
        }
        return new LanguageIdReport([.. per.Select(kv => new LanguageAccuracy(kv.Key, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))], confusion);
    }

    /// <summary>
    /// Sentence boundaries: paragraphs separated by a blank line, one sentence per line. Each paragraph's lines are
    /// joined with a space and split again; the boundaries between sentences are compared.
    /// </summary>
    public static SentenceReport Sentences(string content, string lang, int maxErrors = 50)
    {
        int gold = 0, predicted = 0, matched = 0, paragraphs = 0;
        var errors = new List<string>();
        foreach (var para in content.Replace("\r\n", "\n").Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = para.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
            if (lines.Count == 0) continue;
            paragraphs++;
            var text = string.Join(' ', lines);
            var goldEnds = new HashSet<int>();
            int pos = 0;
            foreach (var l in lines.SkipLast(1)) { pos += l.Length; goldEnds.Add(pos); pos++; }
            var got = SentenceSplitter.Split(text, 0, text.Length, lang);
            var gotEnds = got.SkipLast(1).Select(s => s.End).ToHashSet();
            gold += goldEnds.Count;
            predicted += gotEnds.Count;
            matched += goldEnds.Count(gotEnds.Contains);
            if (errors.Count < maxErrors)
            {
                foreach (var e in goldEnds.Where(e => !gotEnds.Contains(e))) errors.Add($"missed: …{Around(text, e)}…");
                foreach (var e in gotEnds.Where(e => !goldEnds.Contains(e))) errors.Add($"wrong:  …{Around(text, e)}…");
            }
        }
        return new SentenceReport(lang, paragraphs, gold, predicted, matched, errors);
    }

    static string Around(string text, int at) => text[Math.Max(0, at - 30)..at] + " ‖ " + text[at..Math.Min(text.Length, at + 30)].TrimStart();

    /// <summary>
    /// Quotes and speakers on passages in JSON Lines: {"id", "lang", "text", "published" (optional, yyyy-MM-dd; else
    /// <paramref name="published"/>, else 2025-02-12), "quotes": [{"quote": first words,
    /// "direct", "speaker": name or null}]}. Each passage runs through the analysis stages (not extraction) with
    /// its paragraphs as blocks. A gold quote is found when a predicted quote covers the position of its first words;
    /// its speaker is right when the predicted speaker's name and the gold name share their last name (or, for
    /// organisations, a content word).
    /// </summary>
    public static QuoteReport Quotes(Pipeline pipeline, IEnumerable<string> jsonLines, int maxErrors = 100, DateOnly? published = null)
    {
        int passages = 0, goldQuotes = 0, predictedQuotes = 0, found = 0, goldWithSpeaker = 0, predWithSpeaker = 0, correctGold = 0, correctPred = 0;
        var errors = new List<string>();
        var byLang = new Dictionary<string, (int Gold, int Correct)>();
        int missed = 0, merged = 0, wrongSpeaker = 0, startExact = 0, spurious = 0, spuriousDirect = 0, foundWithSpeaker = 0, correctOwnSpan = 0;
        int lineNo = 0;
        foreach (var line in jsonLines)
        {
            lineNo++;
            if (line.Trim().Length == 0) continue;
            JsonDocument json;
            try { json = JsonDocument.Parse(line); }
            catch (JsonException e) { throw new FormatException($"line {lineNo}: {e.Message}"); }
            using var _ = json;
            var root = json.RootElement;
            var id = root.TryGetProperty("id", out var idp) ? idp.GetString() ?? $"line {lineNo}" : $"line {lineNo}";
            var lang = root.GetProperty("lang").GetString()!;
            var text = root.GetProperty("text").GetString()!;
            passages++;
            // a passage may carry its publication date ("published": "yyyy-MM-dd"), against which roles resolve to office holders
            DateOnly date = published ?? new DateOnly(2025, 2, 12);
            if (root.TryGetProperty("published", out var pub) && pub.ValueKind == JsonValueKind.String)
                date = DateOnly.TryParseExact(pub.GetString(), "yyyy-MM-dd", out var d) ? d
                    : throw new FormatException($"{id}: published '{pub.GetString()}' is not a yyyy-MM-dd date");
            var doc = pipeline.Analyze(AsDocument(id, lang, text, date));
            predictedQuotes += doc.Quotes.Length;
            var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name);
            var matchedPredicted = new HashSet<Quote>();
            foreach (var g in root.GetProperty("quotes").EnumerateArray())
            {
                var first = g.GetProperty("quote").GetString()!;
                var speaker = g.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null;
                int at = text.IndexOf(first, StringComparison.Ordinal);
                if (at < 0) throw new FormatException($"{id}: quote '{first}' is not in the text");
                goldQuotes++;
                if (speaker != null) goldWithSpeaker++;
                var q = doc.Quotes.Where(q => q.Start <= at + 2 && at < q.End).OrderBy(q => Math.Abs(q.Start - at)).FirstOrDefault();
                var (lg, lc) = byLang.GetValueOrDefault(lang);
                if (q == null)
                {
                    byLang[lang] = (lg + 1, lc);
                    if (speaker != null) missed++;
                    if (errors.Count < maxErrors) errors.Add($"{id}: not found: «{first}» ({speaker ?? "no speaker"})");
                    continue;
                }
                found++;
                bool isMerged = !matchedPredicted.Add(q);
                if (SameStart(text, q.Start, at)) startExact++;
                else if (errors.Count < maxErrors) errors.Add($"{id}: span starts at «{Around(text, q.Start)}», expected «{first}»");
                if (isMerged && errors.Count < maxErrors) errors.Add($"{id}: merged with the quote before: «{first}»");
                // an unlinked speaker counts by the words that name it (speaker_span): "Russia's foreign ministry"
                var got = q.Speaker != null ? names[q.Speaker] : q.SpeakerSpan is { } ss ? doc.Text[ss.Start..ss.End] : null;
                bool right = speaker != null && got != null && (q.Speaker != null
                    ? SameSpeaker(speaker, got, doc.Entities.First(e => e.Id == q.Speaker))
                    : SameWords(speaker, got));
                if (right) correctGold++;
                if (speaker != null)
                {
                    if (isMerged) { if (!right) merged++; }
                    else { foundWithSpeaker++; if (right) correctOwnSpan++; else wrongSpeaker++; }
                }
                byLang[lang] = (lg + 1, lc + (right || (speaker == null && got == null) ? 1 : 0));
                if (!right && speaker != null && errors.Count < maxErrors) errors.Add($"{id}: «{first}» speaker {got ?? "none"}, expected {speaker}");
                if (got != null) { predWithSpeaker++; if (right) correctPred++; }
            }
            foreach (var q in doc.Quotes)
            {
                if (matchedPredicted.Contains(q)) continue;
                spurious++;
                if (q.Direct) spuriousDirect++;
                if (errors.Count < maxErrors) errors.Add($"{id}: spurious {(q.Direct ? "quotation" : "report")}: «{Clip(text[q.Start..q.End])}»");
            }
        }
        return new QuoteReport(passages, goldQuotes, predictedQuotes, found, goldWithSpeaker, predWithSpeaker, correctGold, correctPred, errors, byLang)
        {
            Breakdown = new QuoteErrorBreakdown(missed, merged, wrongSpeaker, startExact, spurious, spuriousDirect, foundWithSpeaker),
            CorrectOnOwnSpan = correctOwnSpan,
        };
    }

    static string Clip(string s) => s.Length <= 60 ? s : s[..60] + "…";

    /// <summary>Whether a predicted start is the gold one, give or take spaces and quotation marks between them.</summary>
    static bool SameStart(string text, int predicted, int gold)
    {
        int a = Math.Min(predicted, gold), b = Math.Max(predicted, gold);
        for (int i = a; i < b; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '”' or '«' or '»' or '‘' or '’' or '\'')) return false;
        return true;
    }

    /// <summary>A passage as an extracted document: paragraphs separated by blank lines.</summary>
    public static Document AsDocument(string id, string lang, string text, DateOnly published)
    {
        var paragraphs = ImmutableArray.CreateBuilder<Paragraph>();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            if (end < 0) end = text.Length;
            int s = start, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) paragraphs.Add(new Paragraph(s, e, BlockKind.Paragraph));
            start = end + 2;
        }
        return new Document { Id = id, Source = new SourceInfo(null, null, "eval"), Language = lang, Published = published, Text = text, Paragraphs = paragraphs.ToImmutable() };
    }

    static readonly HashSet<string> SpeakerStopWords = ["the", "of", "le", "la", "les", "du", "de", "des", "l", "mr", "mrs", "ms", "m", "mme", "dr", "jr", "sr", "ii", "iii"];

    /// <summary>Whether two descriptions of a speaker share most content words ("the Russian foreign ministry" / "Russia's foreign ministry").</summary>
    public static bool SameWords(string gold, string predicted)
    {
        static HashSet<string> Words(string s) => [.. TextFold.Fold(s).Split([' ', '-', '.', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !SpeakerStopWords.Contains(w) && w is not ("a" or "an" or "s")).Select(w => w.Length > 4 ? w[..4] : w)];
        var g = Words(gold);
        var p = Words(predicted);
        if (g.Count == 0 || p.Count == 0) return false;
        return g.Intersect(p).Count() * 2 >= Math.Min(g.Count, p.Count) + 1;
    }

    /// <summary>Whether a gold speaker name and a predicted entity denote the same speaker.</summary>
    public static bool SameSpeaker(string gold, string predictedName, Entity predicted)
    {
        static string[] Words(string s) => [.. TextFold.Fold(s).Split([' ', '-', '.', ',', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Where(w => !SpeakerStopWords.Contains(w))];
        var g = Words(gold);
        if (g.Length == 0) return false;
        var candidates = new[] { predictedName }.Concat(predicted.Mentions.Select(m => m.Text));
        if (predicted.Type == EntityTypes.Person)
        {
            // people: a family name in common (Peskov / Dmitry Peskov / M. Peskov; "Liu" / "Liu Xiaming", family name first;
            // "Kennedy" / "James P. Kennedy Jr.")
            var goldLast = g[^1];
            var predictedWords = candidates.SelectMany(Words).ToHashSet();
            var last = Words(predictedName).LastOrDefault();
            return predictedWords.Contains(goldLast) || (last != null && g.Contains(last)) || (g.Length > 1 && predictedWords.Contains(g[0]) && Words(predictedName).Length == 1);
        }
        // organisations and places: a shared content word (the Kremlin / Moscow Kremlin)
        return candidates.SelectMany(Words).Intersect(g).Any();
    }
}
