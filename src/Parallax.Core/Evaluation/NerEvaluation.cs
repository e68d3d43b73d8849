using System.Diagnostics;
using Parallax.Entities;
using Parallax.Entities.Ner;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Evaluation;

/// <summary>
/// Scores mention detection on CoNLL sentences (entity level, exact span and type): the statistical model alone, and
/// the entities stage — rules and knowledge base alone, or with the model — whose mentions are cut down to their
/// proper-name part (the leading determiners, titles, role nouns and office words of "le président russe" or
/// "M. Peskov" dropped; a mention without a capitalised word left is not a name) to compare with CoNLL's names.
/// </summary>
public static class NerEvaluation
{
    /// <summary>The model's tags on each sentence, scored, and the time tagging took (one thread).</summary>
    public static (NerScore Score, TimeSpan Elapsed, long Chars) ScoreModel(NerModel model, IReadOnlyList<NerModel.Prepared> sentences)
    {
        var score = new NerScore();
        var sw = Stopwatch.StartNew();
        long chars = 0;
        foreach (var p in sentences)
        {
            var tags = new int[p.Tokens.Length];
            model.Tag(p.View, tags);
            score.Add(p.Sentence.Tags.AsSpan(), tags);
            chars += p.Text.Length;
        }
        return (score, sw.Elapsed, chars);
    }

    /// <summary>The entities stage on each sentence on its own (as a document of its language published on <paramref name="published"/>), scored.</summary>
    public static (NerScore Score, TimeSpan Elapsed) ScoreStage(EntityStage stage, IReadOnlyList<NerModel.Prepared> sentences, NerLexicons lexicons, DateOnly published)
    {
        var language = new Language.LanguageStage();
        var score = new NerScore();
        var elapsed = TimeSpan.Zero;
        foreach (var p in sentences)
        {
            var doc = new Document
            {
                Id = "ner",
                Source = new SourceInfo(p.Sentence.Source, null, null),
                Language = p.Sentence.Language,
                Published = published,
                Text = p.Text,
            };
            doc = language.Process(doc);
            var sw = Stopwatch.StartNew();
            doc = stage.Process(doc);
            elapsed += sw.Elapsed;
            score.AddSentence(p.Tokens.Length);
            score.Add(NerTags.Spans(p.Sentence.Tags.AsSpan()), Names(doc, p, lexicons));
        }
        return (score, elapsed);
    }

    /// <summary>The stage's mentions as token spans of the proper names in them.</summary>
    public static HashSet<(int Start, int End, int Type)> Names(Document doc, NerModel.Prepared p, NerLexicons lexicons)
    {
        var result = new HashSet<(int, int, int)>();
        foreach (var e in doc.Entities)
        {
            int type = e.Type switch { EntityTypes.Person => 0, EntityTypes.Organization => 1, EntityTypes.Location => 2, _ => -1 };
            if (type < 0) continue;
            foreach (var m in e.Mentions)
            {
                int first = Array.FindIndex(p.Tokens, t => t.Start >= m.Start);
                if (first < 0) continue;
                int end = first;
                while (end < p.Tokens.Length && p.Tokens[end].End <= m.End) end++;
                while (first < end && !IsNameWord(p, first, lexicons)) first++;
                while (end > first && !char.IsLetterOrDigit(p.Text[p.Tokens[end - 1].Start])) end--;
                if (first < end) result.Add((first, end, type));
            }
        }
        return result;
    }

    static bool IsNameWord(NerModel.Prepared p, int i, NerLexicons lexicons)
    {
        var w = p.Text.AsSpan(p.Tokens[i].Start, p.Tokens[i].Length);
        if (w.Length == 0 || !char.IsUpper(w[0])) return false;
        var f = p.Flags[i];
        const NerLexicons.Word skip = NerLexicons.Word.Title | NerLexicons.Word.NotName | NerLexicons.Word.RoleNoun | NerLexicons.Word.Office;
        return (f & skip) == 0;
    }

    /// <summary>Sentences of one language joined into one text (a paragraph per sentence), for speed measurements on document-sized input.</summary>
    public static Document AsDocument(IEnumerable<NerModel.Prepared> sentences, string? language, DateOnly published)
    {
        var text = string.Join("\n\n", sentences.Select(p => p.Text));
        var doc = new Document { Id = "ner-speed", Source = new SourceInfo(null, null, null), Language = language, Published = published, Text = text };
        return new Language.LanguageStage().Process(doc);
    }

    /// <summary>Megabytes of text (UTF-16 characters counted as bytes of their UTF-8 length) per second for <paramref name="run"/> over <paramref name="doc"/>, best of <paramref name="runs"/>.</summary>
    public static double MegabytesPerSecond(Document doc, Action<Document> run, int runs)
    {
        long bytes = System.Text.Encoding.UTF8.GetByteCount(doc.Text);
        run(doc); // warm up
        double best = double.MaxValue;
        for (int i = 0; i < runs; i++)
        {
            var sw = Stopwatch.StartNew();
            run(doc);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return bytes / 1e6 / best;
    }
}
