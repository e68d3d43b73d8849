using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>Documents about the same real-world event, grouped across sources and languages.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ImmutableArray<string> Documents { get; init; } = [];
    /// <summary>How each document belongs to the story (same order as <see cref="Documents"/>); empty for stories built before memberships existed.</summary>
    public ImmutableArray<StoryMember> Members { get; init; } = [];
    /// <summary>Earliest and latest publication day of the story's documents.</summary>
    public DateOnly? First { get; init; }
    public DateOnly? Last { get; init; }
    public ImmutableArray<StoryEvent> Events { get; init; } = [];
}

/// <summary>
/// One document's membership of a story: the clustering score that made it join (null for the document that
/// started the story) and, for a syndicated copy or a translation, the document it duplicates.
/// </summary>
public sealed record StoryMember(string Document, string? NearDuplicateOf = null, double? Score = null)
{
    /// <summary>The language of the document (en, fr), when known.</summary>
    public string? Language { get; init; }
    /// <summary>The outlet (source name), when known.</summary>
    public string? Source { get; init; }
}

/// <summary>One real event as told by one or more documents.</summary>
public sealed record StoryEvent
{
    public required string Type { get; init; }
    public string? Mode { get; init; }
    /// <summary>Canonical names (a story spans documents, so entity ids would not do).</summary>
    public ImmutableArray<string> Actors { get; init; } = [];
    public ImmutableArray<string> Targets { get; init; } = [];
    public string? Date { get; init; }
    /// <summary>occurred, planned… (the status most mentions give).</summary>
    public string? Status { get; init; }
    /// <summary>True when the event's date lies well before the story's first publication (a past event the texts recall).</summary>
    public bool Background { get; init; }
    public ImmutableArray<EventMention> Mentions { get; init; } = [];
    public ImmutableArray<ClaimConflict> Conflicts { get; init; } = [];
    /// <summary>Attributes on which every source that states them gives the same value.</summary>
    public ImmutableArray<ClaimAgreement> Agreements { get; init; } = [];
}

public sealed record EventMention(string Document, string Event);

/// <summary>Values that sources give for one attribute of a merged event.</summary>
public sealed record ClaimConflict(string Attribute, bool Compatible, ImmutableArray<ClaimValue> Values);

/// <summary>
/// What one document says about one attribute: the normalised value, the words it uses, where (a span of the
/// document's text) and on whose authority (the people or bodies it reports the event from).
/// </summary>
public sealed record ClaimValue(string Document, string? Value, string? Text)
{
    public TextSpan? Span { get; init; }
    /// <summary>The outlet (the document's source name).</summary>
    public string? Source { get; init; }
    /// <summary>Canonical names of who the document reports this from (Kremlin, White House, a spokesman).</summary>
    public ImmutableArray<string> Attribution { get; init; } = [];
}

/// <summary>An attribute on which the sources agree, with the documents that state it.</summary>
public sealed record ClaimAgreement(string Attribute, string Value, ImmutableArray<string> Documents);
