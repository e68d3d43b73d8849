using System.Text;
using Parallax.Input;
using Parallax.Model;

namespace Parallax.Tests.Support;

/// <summary>Runs the default pipeline on a short plain-text article (a title line, then the paragraphs).</summary>
public static class Run
{
    static readonly Lazy<Pipeline> Default = new(Pipeline.CreateDefault);

    public static Document Text(string body, string published = "2025-02-12", string title = "Article") =>
        Default.Value.Process(new RawInput
        {
            Bytes = Encoding.UTF8.GetBytes(title + "\n\n" + body + "\n"),
            Path = "test.txt",
            ContentType = "text/plain",
            Published = DateOnly.Parse(published),
            SourceName = "test",
        });

    public static Entity Named(this Document d, string name) => d.Entities.Single(e => e.Name == name);
    public static string NameOf(this Document d, string? id) => id == null ? "(none)" : d.Entities.Single(e => e.Id == id).Name;

    /// <summary>The one quote whose words start with <paramref name="words"/> (fails the test if there is none or more).</summary>
    public static Quote QuoteAt(this Document d, string words) =>
        Assert.Single(d.Quotes, q => d.Text[q.Start..q.End].StartsWith(words, StringComparison.Ordinal));

    /// <summary>The speaker's entity name, else the words of the speaker span, else "".</summary>
    public static string SpeakerWords(this Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : "";
}
