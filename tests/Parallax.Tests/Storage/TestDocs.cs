using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Parallax.Model;

namespace Parallax.Tests.Storage;

/// <summary>Hand-made documents for storage tests: entities and events are placed on real offsets of the text.</summary>
static class TestDocs
{
    public static string IdOf(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Builds a document from a text, entity specs (id, kb, name, type, country, surface forms found
    /// in the text) and events.</summary>
    public static Document Make(string text, string? sourceName, DateOnly? published,
        IEnumerable<(string Id, string? Kb, string Name, string Type, string? Country, string[] Surfaces)> entities,
        IEnumerable<Event> events, string? title = null, string? path = null, string language = "fr")
    {
        var ents = ImmutableArray.CreateBuilder<Entity>();
        foreach (var (id, kb, name, type, country, surfaces) in entities)
        {
            var mentions = ImmutableArray.CreateBuilder<Mention>();
            foreach (var s in surfaces)
            {
                int at = text.IndexOf(s, StringComparison.Ordinal);
                if (at < 0) throw new ArgumentException($"'{s}' not in text");
                mentions.Add(new Mention(at, at + s.Length, s));
            }
            ents.Add(new Entity { Id = id, Kb = kb, Name = name, Type = type, Country = country, Mentions = mentions.ToImmutable() });
        }
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '.' ) { sentences.Add(new Sentence(start, i + 1)); start = i + 2; }
        return new Document
        {
            Id = IdOf(text + "|" + sourceName),
            Source = new SourceInfo(path ?? $"in/{sourceName}.txt", null, sourceName),
            Language = language,
            Published = published,
            Title = title ?? text[..Math.Min(30, text.Length)],
            Text = text,
            Paragraphs = [new Paragraph(0, text.Length, BlockKind.Paragraph)],
            Sentences = sentences.ToImmutable(),
            Entities = ents.ToImmutable(),
            Events = [.. events],
        };
    }

    public static Event Ev(string id, string type, string[] actors, string[]? targets = null, string? date = null,
        string? mode = null, ImmutableDictionary<string, object?>? attrs = null) => new()
    {
        Id = id,
        Type = type,
        Mode = mode,
        Actors = [.. actors],
        Targets = [.. targets ?? []],
        Date = date,
        Attributes = attrs ?? ImmutableDictionary<string, object?>.Empty,
        Evidence = [new TextSpan(0, 5)],
    };

    /// <summary>A rich document exercising every field of the record, French text with non-ASCII characters.</summary>
    public static Document Rich()
    {
        const string text = "Le président russe Vladimir Poutine a eu un entretien téléphonique avec Donald Trump mercredi.\n\n"
                          + "« Nous avons convenu de travailler ensemble », a déclaré M. Trump sur Truth Social.";
        int q0 = text.IndexOf("Nous", StringComparison.Ordinal);
        int q1 = text.IndexOf(" »", StringComparison.Ordinal);
        int sp = text.IndexOf("M. Trump", StringComparison.Ordinal);
        int wed = text.IndexOf("mercredi", StringComparison.Ordinal);
        int trig = text.IndexOf("entretien", StringComparison.Ordinal);
        int p2 = text.IndexOf('«');
        int vp = text.IndexOf("Vladimir Poutine", StringComparison.Ordinal);
        int dt = text.IndexOf("Donald Trump", StringComparison.Ordinal);
        var attrs = ImmutableDictionary<string, object?>.Empty
            .Add("duration", "PT1H30M")
            .Add("duration_approx", true)
            .Add("topics", ImmutableArray.Create("Ukraine", "énergie"))
            .Add("count", 3)
            .Add("ratio", 0.5)
            .Add("nothing", null);
        return new Document
        {
            Id = IdOf(text),
            Source = new SourceInfo("seeds/000.txt", "https://example.org/a?b=1&c=2", "portailinfo"),
            Language = "fr",
            Published = new DateOnly(2025, 2, 12),
            Modified = new DateOnly(2025, 2, 13),
            Title = "Poutine et Trump discutent au téléphone",
            Authors = ["Jeanne Dupré"],
            Text = text,
            Paragraphs = [new Paragraph(0, p2 - 2, BlockKind.Lead), new Paragraph(p2, text.Length, BlockKind.Quote)],
            Removed = ["Laisser un commentaire"],
            Sentences = [new Sentence(0, p2 - 2), new Sentence(p2, text.Length)],
            Tokens = [new Token(0, 2, TokenKind.Word)],
            Entities =
            [
                new Entity { Id = "e1", Kb = "Q7747", Name = "Vladimir Putin", Type = EntityTypes.Person, Country = "RUS",
                    Roles = ["président russe"], Mentions = [new Mention(vp, vp + 16, "Vladimir Poutine")] },
                new Entity { Id = "e2", Kb = "Q22686", Name = "Donald Trump", Type = EntityTypes.Person, Country = "USA",
                    Mentions = [new Mention(dt, dt + 12, "Donald Trump"), new Mention(sp, sp + 8, "M. Trump")] },
            ],
            Times = [new TimeExpression { Start = wed, End = wed + 8, Text = "mercredi", Kind = TimeKinds.Date, Value = "2025-02-12" },
                     new TimeExpression { Start = 0, End = 2, Text = "Le", Kind = TimeKinds.Duration, Value = "PT1H", Approx = true, Modifier = "more_than", Conflict = "mardi ≠ 12" }],
            Quotes = [new Quote { Start = q0, End = q1, Text = text[q0..q1], Speaker = "e2", SpeakerSpan = new TextSpan(sp, sp + 8), Channel = "Truth Social" },
                      new Quote { Start = 0, End = 10, Text = text[..10], Direct = false }],
            Events =
            [
                new Event { Id = "v1", Type = "CONSULT", Mode = "phone", Cameo = "040", Actors = ["e1", "e2"], Date = "2025-02-12",
                    Attributes = attrs, ReportedBy = ["e2"], Evidence = [new TextSpan(0, p2 - 2)], Trigger = new TextSpan(trig, trig + 9) },
                new Event { Id = "v2", Type = "AGREE", Actors = ["e2"], Targets = ["e1"], Location = "e1", Status = EventStatus.Reported },
            ],
        };
    }
}
