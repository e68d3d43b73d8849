using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Parallax.Input;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Evaluation;

/// <summary>One document of a story-clustering corpus with its gold labels.</summary>
public sealed record StoryGoldDocument(string Id, string Story, string? NearDuplicateOf, string? Language, string? Source, DateOnly? Published, string Title, string Text);

/// <summary>Scores of story clustering on a labelled corpus.</summary>
public sealed record StoryReport
{
    public int Documents { get; init; }
    public int GoldStories { get; init; }
    public int PredictedStories { get; init; }
    /// <summary>B-cubed precision, recall and F1 (per document, averaged).</summary>
    public double Precision { get; init; }
    public double Recall { get; init; }
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public int GoldNearDuplicates { get; init; }
    public int PredictedNearDuplicates { get; init; }
    public int CorrectNearDuplicates { get; init; }
    public double NearDuplicatePrecision => PredictedNearDuplicates == 0 ? 0 : (double)CorrectNearDuplicates / PredictedNearDuplicates;
    public double NearDuplicateRecall => GoldNearDuplicates == 0 ? 0 : (double)CorrectNearDuplicates / GoldNearDuplicates;
    /// <summary>Story events whose mentions carry different day-precise dates (should be 0).</summary>
    public int DateMergeViolations { get; init; }
    /// <summary>Mean clustering time per document (signature and placement, pipeline excluded), in microseconds.</summary>
    public double MicrosecondsPerDocument { get; init; }
    /// <summary>Gold documents split from their story or joined to another: (document, gold story, predicted story's gold labels).</summary>
    public IReadOnlyList<(string Document, string Gold, string Predicted)> Errors { get; init; } = [];
}

/// <summary>
/// Story clustering against a corpus of labelled documents (JSON Lines: id, story, near_duplicate_of, language,
/// source, published, title, text): each document runs through the pipeline as plain text, the documents are
/// clustered in publication order, and the clusters are scored with B-cubed precision and recall; near-duplicates
/// are right when the predicted original is the gold original or another copy of it.
/// </summary>
public static class StoryEvaluation
{
    /// <summary>Reads a corpus: a .jsonl file, or every .jsonl file of a folder.</summary>
    /// <exception cref="FormatException">a line is not a valid corpus record.</exception>
    public static IReadOnlyList<StoryGoldDocument> Load(string path)
    {
        var files = Directory.Exists(path) ? Directory.GetFiles(path, "*.jsonl").Order(StringComparer.Ordinal).ToArray()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"No story corpus at '{path}' (a .jsonl file or a folder of them).", path);
        if (files.Length == 0) throw new FileNotFoundException($"The folder '{path}' holds no .jsonl corpus file.", path);
        var list = new List<StoryGoldDocument>();
        foreach (var f in files)
        {
            int n = 0;
            foreach (var line in File.ReadLines(f))
            {
                n++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                try
                {
                    using var d = JsonDocument.Parse(line);
                    var o = d.RootElement;
                    string? S(string k) => o.TryGetProperty(k, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    list.Add(new StoryGoldDocument(
                        S("id") ?? throw new FormatException("no id"), S("story") ?? throw new FormatException("no story label"),
                        S("near_duplicate_of"), S("language"), S("source"),
                        S("published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd") : null,
                        S("title") ?? "", S("text") ?? throw new FormatException("no text")));
                }
                catch (Exception ex) when (ex is JsonException or FormatException)
                {
                    throw new FormatException($"{f}:{n}: not a story corpus record ({ex.Message}).", ex);
                }
            }
        }
        var dupIds = list.GroupBy(d => d.Id).FirstOrDefault(g => g.Count() > 1);
        if (dupIds != null) throw new FormatException($"Document id '{dupIds.Key}' appears more than once in the corpus.");
        return list;
    }

    /// <summary>Runs the pipeline over the corpus (in parallel), keyed by gold id.</summary>
    public static IReadOnlyList<(StoryGoldDocument Gold, Document Doc)> Analyse(Pipeline pipeline, IReadOnlyList<StoryGoldDocument> corpus) =>
        corpus.AsParallel().AsOrdered().Select(g => (g, pipeline.Process(new RawInput
        {
            Bytes = Encoding.UTF8.GetBytes(g.Title + "\n\n" + g.Text),
            Path = g.Id,
            ContentType = "text/plain",
            Published = g.Published,
            SourceName = g.Source,
        }))).ToList();

    public static StoryReport Score(IReadOnlyList<(StoryGoldDocument Gold, Document Doc)> analysed, StoryOptions? options = null)
    {
        var builder = new StoryBuilder { Options = options ?? StoryOptions.Default };
        var sw = Stopwatch.StartNew();
        var stories = builder.Build(analysed.Select(a => a.Doc));
        sw.Stop();
        var goldOf = analysed.ToDictionary(a => a.Doc.Id, a => a.Gold);
        var pred = new Dictionary<string, string>();
        var predDup = new Dictionary<string, string?>();
        foreach (var s in stories)
            foreach (var m in s.Members)
            {
                pred[goldOf[m.Document].Id] = s.Id;
                predDup[goldOf[m.Document].Id] = m.NearDuplicateOf is { } o ? goldOf[o].Id : null;
            }
        var gold = analysed.ToDictionary(a => a.Gold.Id, a => a.Gold.Story);
        var predSize = pred.Values.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var goldSize = gold.Values.GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count());
        var both = pred.Keys.GroupBy(id => (pred[id], gold[id])).ToDictionary(g => g.Key, g => g.Count());
        double p = 0, r = 0;
        var errors = new List<(string, string, string)>();
        foreach (var id in gold.Keys)
        {
            int inter = both[(pred[id], gold[id])];
            p += (double)inter / predSize[pred[id]];
            r += (double)inter / goldSize[gold[id]];
            if (inter != predSize[pred[id]] || inter != goldSize[gold[id]])
                errors.Add((id, gold[id], string.Join(",", pred.Where(kv => kv.Value == pred[id]).Select(kv => gold[kv.Key]).Distinct())));
        }
        // near-duplicates: right when the predicted original is the gold original or another copy of it (or, when a
        // copy was seen first, the original is marked as the copy's duplicate: the same pair, the other way round)
        var goldDup = analysed.ToDictionary(a => a.Gold.Id, a => a.Gold.NearDuplicateOf);
        string Root(string id) => goldDup[id] is { } o ? Root(o) : id;
        int predicted = predDup.Count(kv => kv.Value != null), goldCount = goldDup.Count(kv => kv.Value != null);
        int correct = predDup.Count(kv => kv.Value != null && kv.Value != kv.Key && Root(kv.Value) == Root(kv.Key));

        int violations = 0;
        var docs = analysed.ToDictionary(a => a.Doc.Id, a => a.Doc);
        foreach (var s in stories)
            foreach (var e in s.Events)
            {
                var days = e.Mentions.Select(m => docs[m.Document].Events.FirstOrDefault(x => x.Id == m.Event)?.Date)
                    .Where(d => d is { Length: 10 }).Distinct().Count();
                if (days > 1) violations++;
            }
        return new StoryReport
        {
            Documents = gold.Count,
            GoldStories = goldSize.Count,
            PredictedStories = predSize.Count,
            Precision = p / gold.Count,
            Recall = r / gold.Count,
            GoldNearDuplicates = goldCount,
            PredictedNearDuplicates = predicted,
            CorrectNearDuplicates = correct,
            DateMergeViolations = violations,
            MicrosecondsPerDocument = sw.Elapsed.TotalMicroseconds / Math.Max(1, gold.Count),
            Errors = errors,
        };
    }
}
