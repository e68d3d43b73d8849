using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Tests.Support;

/// <summary>Builds documents by hand for a stage's unit tests, independent of the stages before it.</summary>
public sealed class DocBuilder
{
    readonly string _text;
    readonly string _lang;
    readonly DateOnly? _published;
    readonly List<Entity> _entities = [];
    readonly List<TimeExpression> _times = [];
    readonly List<Quote> _quotes = [];

    public DocBuilder(string text, string lang = "fr", string? published = "2025-02-12")
    {
        _text = text;
        _lang = lang;
        _published = published == null ? null : DateOnly.Parse(published);
    }

    /// <summary>An entity whose mentions are every occurrence of each surface form (longest forms first, no overlaps).</summary>
    public DocBuilder Entity(string name, string type, string? country, params string[] surfaces)
    {
        var taken = _entities.SelectMany(e => e.Mentions).Select(m => m.Span).ToList();
        var mentions = new List<Mention>();
        foreach (var s in surfaces.OrderByDescending(s => s.Length))
        {
            int i = 0;
            while ((i = _text.IndexOf(s, i, StringComparison.Ordinal)) >= 0)
            {
                var span = new TextSpan(i, i + s.Length);
                bool boundary = (i == 0 || !char.IsLetterOrDigit(_text[i - 1])) && (span.End >= _text.Length || !char.IsLetterOrDigit(_text[span.End]));
                if (boundary && !taken.Any(t => t.Overlaps(span)))
                {
                    mentions.Add(new Mention(i, span.End, s));
                    taken.Add(span);
                }
                i += s.Length;
            }
        }
        _entities.Add(new Entity
        {
            Id = "e" + (_entities.Count + 1), Name = name, Type = type, Country = country, Kb = "Q" + (_entities.Count + 1),
            Mentions = [.. mentions.OrderBy(m => m.Start)],
        });
        return this;
    }

    public DocBuilder Time(string text, string kind, string value, bool approx = false, string? modifier = null, int occurrence = 0)
    {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) i = _text.IndexOf(text, i + 1, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{text}' not in text");
        _times.Add(new TimeExpression { Start = i, End = i + text.Length, Text = text, Kind = kind, Value = value, Approx = approx, Modifier = modifier });
        return this;
    }

    public DocBuilder Quote(string quoted, string speakerName, bool direct = true)
    {
        int i = _text.IndexOf(quoted, StringComparison.Ordinal);
        if (i < 0) throw new ArgumentException($"'{quoted}' not in text");
        var speaker = _entities.First(e => e.Name == speakerName);
        _quotes.Add(new Quote { Start = i, End = i + quoted.Length, Text = quoted, Speaker = speaker.Id, Direct = direct });
        return this;
    }

    public string Id(string name) => _entities.First(e => e.Name == name).Id;

    public Document Build() => new()
    {
        Id = "test",
        Source = new SourceInfo(null, null, "test"),
        Language = _lang,
        Published = _published,
        Text = _text,
        Paragraphs = [new Paragraph(0, _text.Length, BlockKind.Paragraph)],
        Entities = [.. _entities],
        Times = [.. _times.OrderBy(t => t.Start)],
        Quotes = [.. _quotes],
    };
}
