using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>Where a document came from.</summary>
public sealed record SourceInfo(string? Path, string? Url, string? Name);

/// <summary>Kind of a block of the article body.</summary>
public enum BlockKind { Paragraph, Heading, Lead, Quote }

/// <summary>A block (paragraph or heading) of the article text.</summary>
public sealed record Paragraph(int Start, int End, BlockKind Kind)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>A sentence of the article text.</summary>
public sealed record Sentence(int Start, int End)
{
    public TextSpan Span => new(Start, End);
}

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token: a word, number or punctuation mark. Elided articles (l’, d’, qu’) are their own tokens.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind)
{
    public TextSpan Span => new(Start, End);
    public int Length => End - Start;
}

/// <summary>
/// One document as it flows through the pipeline. Each stage returns a copy with its own part filled
/// (<c>doc with { Times = … }</c>); nothing is mutated. Offsets are UTF-16 indices into <see cref="Text"/>.
/// </summary>
public sealed record Document
{
    /// <summary>SHA-256 of the raw input bytes, lower-case hex.</summary>
    public required string Id { get; init; }
    public required SourceInfo Source { get; init; }
    public string? Language { get; init; }
    /// <summary>Publication date: the anchor for relative time expressions.</summary>
    public DateOnly? Published { get; init; }
    public DateOnly? Modified { get; init; }
    public string? Title { get; init; }
    public ImmutableArray<string> Authors { get; init; } = [];
    /// <summary>The article body, boilerplate removed, blocks separated by a blank line.</summary>
    public required string Text { get; init; }
    public ImmutableArray<Paragraph> Paragraphs { get; init; } = [];
    /// <summary>Lines or blocks that extraction removed as boilerplate (kept so nothing is silently lost).</summary>
    public ImmutableArray<string> Removed { get; init; } = [];
    public ImmutableArray<Sentence> Sentences { get; init; } = [];
    public ImmutableArray<Token> Tokens { get; init; } = [];
    public ImmutableArray<Entity> Entities { get; init; } = [];
    public ImmutableArray<TimeExpression> Times { get; init; } = [];
    public ImmutableArray<Quote> Quotes { get; init; } = [];
    public ImmutableArray<Event> Events { get; init; } = [];

    /// <summary>The text of a span.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);
}
