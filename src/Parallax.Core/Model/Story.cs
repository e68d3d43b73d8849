using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>Documents about the same real-world event, grouped across sources and languages.</summary>
public sealed record Story
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public ImmutableArray<string> Documents { get; init; } = [];
    public ImmutableArray<StoryEvent> Events { get; init; } = [];
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
    public ImmutableArray<EventMention> Mentions { get; init; } = [];
    public ImmutableArray<ClaimConflict> Conflicts { get; init; } = [];
}

public sealed record EventMention(string Document, string Event);

/// <summary>Values that sources give for one attribute of a merged event.</summary>
public sealed record ClaimConflict(string Attribute, bool Compatible, ImmutableArray<ClaimValue> Values);

public sealed record ClaimValue(string Document, string? Value, string? Text);
