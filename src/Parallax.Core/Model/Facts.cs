using System.Collections.Immutable;

namespace Parallax.Model;

/// <summary>A stretch of text that names or refers to an entity.</summary>
public sealed record Mention(int Start, int End, string Text)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// An entity of one document: a person, organisation or place, with every mention of it.
/// <see cref="Name"/> is the knowledge base's canonical English name when linked (<see cref="Kb"/> is then
/// the Wikidata id), otherwise the fullest surface form seen.
/// </summary>
public sealed record Entity
{
    public required string Id { get; init; }
    public string? Kb { get; init; }
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Country { get; init; }
    public ImmutableArray<string> Roles { get; init; } = [];
    public ImmutableArray<Mention> Mentions { get; init; } = [];
    /// <summary>Where the entity is named in removed lines (a credited agency's source line); empty for most entities.</summary>
    public ImmutableArray<RemovedMention> RemovedMentions { get; init; } = [];
}

/// <summary>
/// Where an entity is named in a line extraction removed from the text (<see cref="Document.Removed"/>): the line's index
/// and the span inside that line ("Source: agence tass" → line 0, 8–19, "agence tass"). Used for agencies the article
/// credits only in its source line, so that every entity points to source text.
/// </summary>
public sealed record RemovedMention(int Line, int Start, int End, string Text);

public static class EntityTypes
{
    public const string Person = "PERSON";
    public const string Organization = "ORGANIZATION";
    public const string Location = "LOCATION";
}

/// <summary>A temporal expression, normalised to a TIMEX3-style value.</summary>
public sealed record TimeExpression
{
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    /// <summary>date, time, duration, set or vague.</summary>
    public required string Kind { get; init; }
    /// <summary>ISO 8601 / TIMEX3 value: 2025-02-12, 2022, 2025-W07, PT1H30M, P6M, PAST_REF…</summary>
    public required string Value { get; init; }
    public bool Approx { get; init; }
    /// <summary>null, more_than, less_than or about.</summary>
    public string? Modifier { get; init; }
    /// <summary>null, or one sentence saying what in the expression disagrees.</summary>
    public string? Conflict { get; init; }
    public TextSpan Span => new(Start, End);
}

public static class TimeKinds
{
    public const string Date = "date";
    public const string Time = "time";
    public const string Duration = "duration";
    public const string Set = "set";
    public const string Vague = "vague";
}

/// <summary>A quotation (direct) or reported speech (indirect) and who said it.</summary>
public sealed record Quote
{
    public required int Start { get; init; }
    public required int End { get; init; }
    /// <summary>The quoted words, without the quotation marks.</summary>
    public required string Text { get; init; }
    /// <summary>Entity id of the speaker in this document, or null when unknown.</summary>
    public string? Speaker { get; init; }
    /// <summary>The span of text naming the speaker (a name, a pronoun, "a-t-il"), when found.</summary>
    public TextSpan? SpeakerSpan { get; init; }
    public bool Direct { get; init; } = true;
    /// <summary>A short quoted fragment inside a sentence (des « moyens pacifiques »): quoted words, not a statement.</summary>
    public bool Partial { get; init; }
    /// <summary>Where it was said, when stated: "Truth Social", "press conference", "statement".</summary>
    public string? Channel { get; init; }
    public TextSpan Span => new(Start, End);
}

/// <summary>A political event coded in PLOVER.</summary>
public sealed record Event
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? Mode { get; init; }
    public string? Cameo { get; init; }
    public ImmutableArray<string> Actors { get; init; } = [];
    public ImmutableArray<string> Targets { get; init; } = [];
    /// <summary>Entity id of the place, or null.</summary>
    public string? Location { get; init; }
    /// <summary>The event's own date (TIMEX value), or null when the text gives none.</summary>
    public string? Date { get; init; }
    /// <summary>occurred, planned, intended, denied, reported, conditional.</summary>
    public string Status { get; init; } = EventStatus.Occurred;
    public ImmutableDictionary<string, object?> Attributes { get; init; } = ImmutableDictionary<string, object?>.Empty;
    public ImmutableArray<string> ReportedBy { get; init; } = [];
    public ImmutableArray<TextSpan> Evidence { get; init; } = [];
    /// <summary>The trigger words (verb or noun) that evoked the event.</summary>
    public TextSpan? Trigger { get; init; }
}

public static class EventStatus
{
    public const string Occurred = "occurred";
    public const string Planned = "planned";
    public const string Intended = "intended";
    public const string Denied = "denied";
    public const string Reported = "reported";
    public const string Conditional = "conditional";
}
