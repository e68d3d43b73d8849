using System.Text.Json;
using Parallax.Entities;
using Parallax.Model;

namespace Parallax.Evaluation;

/// <summary>One annotated mention: a span of the paragraph, its type and its Wikidata id (null: not in Wikidata, or not sure).</summary>
public sealed record GoldMention(int Start, int End, string Text, string Type, string? Kb);

/// <summary>One annotated paragraph of the entity set (<c>tests/Parallax.Tests/testdata/entities/paragraphs.jsonl</c>).</summary>
public sealed record EntityParagraph(string Id, string Lang, DateOnly Published, string Split, string Text, IReadOnlyList<GoldMention> Mentions);

/// <summary>A predicted mention with the entity it belongs to.</summary>
public sealed record PredictedMention(int Start, int End, string Text, string Type, string? Kb, string Name);

/// <summary>Scores of one group of paragraphs (a split, a language, or both).</summary>
public sealed record EntityScores(string Name, int Paragraphs, IReadOnlyDictionary<string, Score> ExactByType, Score Exact, Score Lenient,
    int Linkable, int Linked, int Nil, int NilRight)
{
    /// <summary>Share of gold mentions with a Wikidata id whose overlapping predicted mention of the same type has that id.</summary>
    public double LinkingAccuracy => Linkable == 0 ? 1 : (double)Linked / Linkable;
    /// <summary>Share of the gold mentions without an id (not in Wikidata, or unsure) that were found and not given one.</summary>
    public double NilAccuracy => Nil == 0 ? 1 : (double)NilRight / Nil;
}

/// <summary>One paragraph's errors, for <c>--errors</c>.</summary>
public sealed record EntityCase(EntityParagraph Gold, IReadOnlyList<PredictedMention> Predicted,
    IReadOnlyList<GoldMention> Missed, IReadOnlyList<PredictedMention> Spurious, IReadOnlyList<(GoldMention Gold, PredictedMention? Got)> WrongLinks);

public sealed record EntityReport(IReadOnlyList<EntityScores> Groups, IReadOnlyList<EntityCase> Cases);

/// <summary>
/// Scores the entity stage on annotated news paragraphs: mention precision, recall and F1 per type (exact span and
/// type; and lenient: overlapping span, same type), linking accuracy (gold mentions with a Wikidata id that get it)
/// and NIL accuracy (gold mentions without an id that get none), by split and language.
/// </summary>
public static class EntityEvaluation
{
    public static readonly string[] Types = [EntityTypes.Person, EntityTypes.Organization, EntityTypes.Location];

    /// <summary>Reads the JSON Lines set; a malformed line or a mention whose offsets do not give its text is a <see cref="FormatException"/>.</summary>
    public static IReadOnlyList<EntityParagraph> Load(string path)
    {
        var list = new List<EntityParagraph>();
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var id = r.GetProperty("id").GetString() ?? throw new FormatException("no id");
                var text = r.GetProperty("text").GetString() ?? throw new FormatException("no text");
                var published = DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd");
                var split = r.TryGetProperty("split", out var sp) ? sp.GetString() ?? "dev" : "dev";
                var mentions = new List<GoldMention>();
                foreach (var m in r.GetProperty("mentions").EnumerateArray())
                {
                    int s = m.GetProperty("start").GetInt32(), e = m.GetProperty("end").GetInt32();
                    var mt = m.GetProperty("text").GetString()!;
                    if (s < 0 || e > text.Length || s >= e || text[s..e] != mt) throw new FormatException($"{id}: mention '{mt}' at {s}–{e} does not match the text");
                    var type = m.GetProperty("type").GetString()!;
                    if (!Types.Contains(type)) throw new FormatException($"{id}: unknown type '{type}'");
                    var kb = m.TryGetProperty("kb", out var k) && k.ValueKind == JsonValueKind.String ? k.GetString() : null;
                    mentions.Add(new GoldMention(s, e, mt, type, kb));
                }
                list.Add(new EntityParagraph(id, r.GetProperty("lang").GetString()!, published, split, text, mentions));
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"{path}:{n}: {e.Message}");
            }
        }
        return list;
    }

    /// <summary>The stage's mentions on one paragraph, each with its entity's type and id.</summary>
    public static IReadOnlyList<PredictedMention> Predict(EntityStage stage, EntityParagraph p)
    {
        var doc = stage.Process(LanguageEvaluation.AsDocument(p.Id, p.Lang, p.Text, p.Published));
        return doc.Entities.SelectMany(e => e.Mentions.Select(m => new PredictedMention(m.Start, m.End, m.Text, e.Type, e.Kb, e.Name)))
            .OrderBy(m => m.Start).ToList();
    }

    public static EntityReport Run(EntityStage stage, IReadOnlyList<EntityParagraph> set)
    {
        var cases = set.Select(p => Compare(p, Predict(stage, p))).ToList();
        var groups = new List<EntityScores>();
        foreach (var split in EvaluationSplits.Ordered(set.Select(p => p.Split)).Append("unseen").Append("all"))
        {
            foreach (var lang in new[] { "fr", "en", "all" })
            {
                var part = cases.Where(c => (split == "all" || c.Gold.Split == split || (split == "unseen" && c.Gold.Split != "dev")) && (lang == "all" || c.Gold.Lang == lang)).ToList();
                if (part.Count > 0) groups.Add(Score($"{split}/{lang}", part));
            }
        }
        return new EntityReport(groups, cases);
    }

    static bool Overlaps(int s1, int e1, int s2, int e2) => s1 < e2 && s2 < e1;

    static EntityCase Compare(EntityParagraph gold, IReadOnlyList<PredictedMention> pred)
    {
        var missed = gold.Mentions.Where(g => !pred.Any(p => p.Start == g.Start && p.End == g.End && p.Type == g.Type)).ToList();
        var spurious = pred.Where(p => !gold.Mentions.Any(g => p.Start == g.Start && p.End == g.End && p.Type == g.Type)).ToList();
        var wrong = new List<(GoldMention, PredictedMention?)>();
        foreach (var g in gold.Mentions)
        {
            var got = Linked(g, pred);
            if (g.Kb != null ? got?.Kb != g.Kb : got?.Kb != null) wrong.Add((g, got));
        }
        return new EntityCase(gold, pred, missed, spurious, wrong);
    }

    /// <summary>The predicted mention that stands for a gold one: same span first, else the most overlapping of the same type.</summary>
    static PredictedMention? Linked(GoldMention g, IReadOnlyList<PredictedMention> pred) =>
        pred.Where(p => p.Type == g.Type && Overlaps(p.Start, p.End, g.Start, g.End))
            .OrderByDescending(p => p.Start == g.Start && p.End == g.End)
            .ThenByDescending(p => Math.Min(p.End, g.End) - Math.Max(p.Start, g.Start)).FirstOrDefault();

    static EntityScores Score(string name, IReadOnlyList<EntityCase> cases)
    {
        var byType = new Dictionary<string, Score>();
        foreach (var t in Types)
        {
            int g = 0, p = 0, m = 0;
            foreach (var c in cases)
            {
                g += c.Gold.Mentions.Count(x => x.Type == t);
                p += c.Predicted.Count(x => x.Type == t);
                m += c.Gold.Mentions.Count(x => x.Type == t && !c.Missed.Contains(x));
            }
            byType[t] = new Score(t, g, p, m, m);
        }
        int lg = 0, lp = 0, lmg = 0, lmp = 0;
        int linkable = 0, linked = 0, nil = 0, nilRight = 0;
        foreach (var c in cases)
        {
            lg += c.Gold.Mentions.Count;
            lp += c.Predicted.Count;
            lmg += c.Gold.Mentions.Count(g => c.Predicted.Any(p => p.Type == g.Type && Overlaps(p.Start, p.End, g.Start, g.End)));
            lmp += c.Predicted.Count(p => c.Gold.Mentions.Any(g => p.Type == g.Type && Overlaps(p.Start, p.End, g.Start, g.End)));
            foreach (var g in c.Gold.Mentions)
            {
                bool wrong = c.WrongLinks.Any(w => ReferenceEquals(w.Gold, g));
                if (g.Kb != null) { linkable++; if (!wrong) linked++; }
                else if (Linked(g, c.Predicted) is { } got) { nil++; if (got.Kb == null) nilRight++; }
            }
        }
        return new EntityScores(name, cases.Count, byType, Evaluation.Score.Sum("all", byType.Values), new Score("lenient", lg, lp, lmg, lmp),
            linkable, linked, nil, nilRight);
    }
}
