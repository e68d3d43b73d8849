using System.Text.Json;
using Parallax.Input;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Evaluation;

/// <summary>One miss or false alarm, for the detailed report.</summary>
public sealed record EvalNote(string Document, string Stage, string Kind, string What);

/// <summary>The result of scoring the pipeline against the seeds' gold annotation.</summary>
public sealed record SeedReport(IReadOnlyList<Score> Stages, IReadOnlyList<EvalNote> Notes, IReadOnlyList<Document> Documents);

/// <summary>
/// Scores each stage against an annotation in the format of <c>seeds.gold.json</c>:
/// extraction by boilerplate removed and headings and body bounds found; entities by canonical name;
/// times by text and value; quotes by first words and speaker; events by type, mode, participants, date and status.
/// </summary>
public static class SeedEvaluation
{
    /// <param name="goldJson">The gold annotation.</param>
    /// <param name="readPage">Reads the raw bytes of a page named in the gold's "file" field.</param>
    public static SeedReport Run(Pipeline pipeline, string goldJson, Func<string, byte[]> readPage)
    {
        using var gold = JsonDocument.Parse(goldJson);
        var scores = new Dictionary<string, List<Score>>();
        var notes = new List<EvalNote>();
        var docs = new List<Document>();
        foreach (var g in gold.RootElement.GetProperty("documents").EnumerateArray())
        {
            var file = g.GetProperty("file").GetString()!;
            var input = new RawInput
            {
                Bytes = readPage(file),
                Path = file,
                ContentType = "text/plain",
                Published = g.TryGetProperty("published", out var p) && p.GetString() is { } ps ? DateOnly.Parse(ps) : null,
                SourceName = g.TryGetProperty("source", out var s) ? s.GetString() : null,
            };
            var doc = pipeline.Process(input);
            docs.Add(doc);
            void Add(Score sc) { (scores.TryGetValue(sc.Name, out var l) ? l : scores[sc.Name] = []).Add(sc); }
            Add(ScoreExtraction(file, g, doc, notes));
            Add(ScoreEntities(file, g, doc, notes));
            Add(ScoreTimes(file, g, doc, notes));
            Add(ScoreQuotes(file, g, doc, notes));
            Add(ScoreEvents(file, g, doc, notes));
        }
        var order = new[] { "extraction", "entities", "times", "quotes", "events" };
        return new SeedReport([.. order.Where(scores.ContainsKey).Select(k => Score.Sum(k, scores[k]))], notes, docs);
    }

    static string Norm(string s) => TextFold.Fold(s).Trim().TrimEnd('.', ',', ';', ':');

    static IEnumerable<string> Strings(JsonElement e, string prop) =>
        e.TryGetProperty(prop, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString() ?? "") : [];

    static Score ScoreExtraction(string file, JsonElement g, Document doc, List<EvalNote> notes)
    {
        // checks: each boilerplate line is absent, each heading is a heading block, first/last body sentence, title
        var text = Norm(doc.Text);
        int gold = 0, ok = 0;
        void Check(bool pass, string what) { gold++; if (pass) ok++; else notes.Add(new(file, "extraction", "miss", what)); }
        foreach (var b in Strings(g, "boilerplate")) Check(!text.Contains(Norm(b)), $"boilerplate left in text: {b}");
        var headings = doc.Paragraphs.Where(p => p.Kind == BlockKind.Heading).Select(p => Norm(doc.Text[p.Start..p.End])).ToHashSet();
        foreach (var h in Strings(g, "section_headings")) Check(headings.Contains(Norm(h)), $"heading not recognised: {h}");
        var body = doc.Paragraphs.Where(p => p.Kind != BlockKind.Heading).ToList();
        if (g.TryGetProperty("body_first_sentence_starts", out var first))
            Check(body.Count > 0 && Norm(doc.Text[body[0].Start..body[0].End]).StartsWith(Norm(first.GetString()!)), $"body does not start with: {first.GetString()}");
        if (g.TryGetProperty("body_last_sentence_starts", out var last))
            Check(body.Count > 0 && Norm(doc.Text[body[^1].Start..body[^1].End]).Contains(Norm(last.GetString()!)), $"body does not end with: {last.GetString()}");
        if (g.TryGetProperty("title", out var title))
            Check(doc.Title != null && Norm(doc.Title) == Norm(title.GetString()!), $"title: expected '{title.GetString()}', got '{doc.Title}'");
        return new Score("extraction", gold, gold, ok, ok);
    }

    static Score ScoreEntities(string file, JsonElement g, Document doc, List<EvalNote> notes)
    {
        var gold = g.GetProperty("entities").EnumerateArray().Select(e => e.GetProperty("name").GetString()!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var pred = doc.Entities.Select(e => e.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var m in gold.Except(pred, StringComparer.OrdinalIgnoreCase)) notes.Add(new(file, "entities", "miss", m));
        foreach (var m in pred.Except(gold, StringComparer.OrdinalIgnoreCase)) notes.Add(new(file, "entities", "extra", m));
        int hit = gold.Count(pred.Contains);
        return new Score("entities", gold.Count, pred.Count, hit, hit);
    }

    static Score ScoreTimes(string file, JsonElement g, Document doc, List<EvalNote> notes)
    {
        var gold = g.GetProperty("times").EnumerateArray()
            .Select(t => (Text: Norm(t.GetProperty("text").GetString()!), Value: t.GetProperty("value").GetString()!)).ToList();
        var pred = doc.Times.Select(t => (Text: Norm(t.Text), t.Value)).ToList();
        var (mg, mp) = MatchOneToOne(gold, pred, (a, b) => a.Value == b.Value && (a.Text == b.Text || a.Text.Contains(b.Text) && b.Text.Length * 2 > a.Text.Length || b.Text.Contains(a.Text)));
        Report(file, "times", gold, pred, mg, mp, t => $"{t.Text} = {t.Value}", notes);
        return new Score("times", gold.Count, pred.Count, mg.Count(x => x), mp.Count(x => x));
    }

    static Score ScoreQuotes(string file, JsonElement g, Document doc, List<EvalNote> notes)
    {
        var gold = g.GetProperty("quotes").EnumerateArray()
            .Select(q => (Starts: Norm(q.GetProperty("starts").GetString()!), Speaker: q.GetProperty("speaker").GetString()!)).ToList();
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name);
        var pred = doc.Quotes.Where(q => q.Direct && !q.Partial)
            .Select(q => (Starts: Norm(q.Text), Speaker: q.Speaker != null && names.TryGetValue(q.Speaker, out var n) ? n : "?")).ToList();
        var (mg, mp) = MatchOneToOne(gold, pred, (a, b) => b.Starts.StartsWith(a.Starts.Length > 40 ? a.Starts[..40] : a.Starts) && string.Equals(a.Speaker, b.Speaker, StringComparison.OrdinalIgnoreCase));
        Report(file, "quotes", gold, pred, mg, mp, q => $"{q.Speaker}: {Trunc(q.Starts)}", notes);
        return new Score("quotes", gold.Count, pred.Count, mg.Count(x => x), mp.Count(x => x));
    }

    static Score ScoreEvents(string file, JsonElement g, Document doc, List<EvalNote> notes)
    {
        // the issue's definition of a right event: type, mode, participants (actors and targets as one set, compared by
        // canonical name), date (a missing date matches only a missing date) and status all agree
        static string Key(string type, string? mode, IEnumerable<string> participants, string? date, string status) =>
            $"{type}/{mode ?? "-"} [{string.Join(", ", participants.Order(StringComparer.OrdinalIgnoreCase))}] {date ?? "-"} {status}";
        var gold = g.GetProperty("events").EnumerateArray().Select(e => Key(
            e.GetProperty("type").GetString()!,
            e.TryGetProperty("mode", out var m) ? m.GetString() : null,
            Strings(e, "actors").Concat(Strings(e, "targets")).Distinct(StringComparer.OrdinalIgnoreCase),
            e.TryGetProperty("date", out var d) ? d.GetString() : null,
            e.TryGetProperty("status", out var st) && st.GetString() is { } sv ? sv : EventStatus.Occurred)).ToList();
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name);
        var pred = doc.Events.Select(e => Key(e.Type, e.Mode,
            e.Actors.Concat(e.Targets).Select(a => names.GetValueOrDefault(a, a)).Distinct(StringComparer.OrdinalIgnoreCase), e.Date, e.Status)).ToList();
        var (mg, mp) = MatchOneToOne(gold, pred, (a, b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase));
        Report(file, "events", gold, pred, mg, mp, x => x, notes);
        return new Score("events", gold.Count, pred.Count, mg.Count(x => x), mp.Count(x => x));
    }

    static string Trunc(string s) => s.Length > 50 ? s[..50] + "…" : s;

    static void Report<T>(string file, string stage, List<T> gold, List<T> pred, bool[] mg, bool[] mp, Func<T, string> show, List<EvalNote> notes)
    {
        for (int i = 0; i < gold.Count; i++) if (!mg[i]) notes.Add(new(file, stage, "miss", show(gold[i])));
        for (int i = 0; i < pred.Count; i++) if (!mp[i]) notes.Add(new(file, stage, "extra", show(pred[i])));
    }

    /// <summary>Greedy one-to-one matching: each gold item pairs with at most one prediction.</summary>
    static (bool[] Gold, bool[] Pred) MatchOneToOne<T>(List<T> gold, List<T> pred, Func<T, T, bool> eq)
    {
        var mg = new bool[gold.Count];
        var mp = new bool[pred.Count];
        for (int i = 0; i < gold.Count; i++)
            for (int j = 0; j < pred.Count; j++)
                if (!mp[j] && eq(gold[i], pred[j])) { mg[i] = mp[j] = true; break; }
        return (mg, mp);
    }
}
