namespace Parallax.Stories;

/// <summary>
/// Weights and thresholds of story clustering (see docs/stories.md for what each does and why it has its value).
/// The defaults were tuned on the bundled clustering corpus (tests/Parallax.Tests/testdata/stories/).
/// </summary>
public sealed record StoryOptions
{
    /// <summary>Weight of the share of the document's people and organisations that the story already names.</summary>
    public double EntityWeight { get; init; } = 0.25;
    /// <summary>Weight of the share of the document's places that the story already names.</summary>
    public double PlaceWeight { get; init; } = 0.10;
    /// <summary>Weight of a shared event (same type and participants, and same date when both give one).</summary>
    public double EventWeight { get; init; } = 0.25;
    /// <summary>Weight of a shared main date (an event date or a date near publication).</summary>
    public double DateWeight { get; init; } = 0.15;
    /// <summary>Weight of the MinHash similarity (entities, dates, numbers and content words) with the closest member.</summary>
    public double TextWeight { get; init; } = 0.6;
    /// <summary>Subtracted when the document and the story both give main dates and none of them agree.</summary>
    public double DateConflictPenalty { get; init; } = 0.3;
    /// <summary>Subtracted per day of publication gap beyond one day.</summary>
    public double DayGapPenalty { get; init; } = 0.04;
    /// <summary>A document joins the best-scoring story when its score reaches this; otherwise it starts a story.</summary>
    public double JoinThreshold { get; init; } = 0.3;
    /// <summary>A document joins a story only if it shares a person, organisation, place or event with it (near-duplicates aside).</summary>
    public bool RequireSharedName { get; init; } = true;
    /// <summary>Most days between a document's publication and a story's latest document (the active window).</summary>
    public int MaxDaysApart { get; init; } = 3;
    /// <summary>Two main dates agree when at most this many days apart.</summary>
    public int DateTolerance { get; init; } = 1;
    /// <summary>Dates of events or expressions more than this many days before publication are background, not the news.</summary>
    public int MainDateWindow { get; init; } = 7;
    /// <summary>MinHash functions (signature length); a multiple of <see cref="LshBands"/>.</summary>
    public int MinHashSize { get; init; } = 64;
    /// <summary>LSH bands over the MinHash signature (rows per band = size / bands).</summary>
    public int LshBands { get; init; } = 16;
    /// <summary>Stories looked at per retrieval key (the most recent ones): bounds the work per document.</summary>
    public int MaxCandidatesPerKey { get; init; } = 32;
    /// <summary>Candidate stories scored per document (those sharing the most retrieval keys with it).</summary>
    public int MaxScored { get; init; } = 16;
    /// <summary>Members of a story compared by MinHash and for near-duplicates (the most recent ones).</summary>
    public int MaxMembersCompared { get; init; } = 12;
    /// <summary>Same-language near-duplicate: estimated Jaccard similarity of word 3-shingles at least this.</summary>
    public double NearDuplicateShingles { get; init; } = 0.5;
    /// <summary>Cross-language near-duplicate (a translation): share of the facts (names, numbers in text order) in common sequence.</summary>
    public double NearDuplicateFacts { get; init; } = 0.8;
    /// <summary>A near-duplicate's text is at least this share of the other's length (and at most its inverse).</summary>
    public double NearDuplicateLengthRatio { get; init; } = 0.75;
    /// <summary>A translation must have at least this many facts in sequence to be recognised.</summary>
    public int NearDuplicateMinFacts { get; init; } = 5;
    /// <summary>Story events dated this many days or more before the story's first document are background (past events).</summary>
    public int BackgroundDays { get; init; } = 30;

    /// <summary>
    /// While documents stream in, a story of at most this many documents is recomposed (events merged, claims
    /// compared) every time it grows; a larger one only when it has grown by <see cref="RecomposeGrowth"/> since it
    /// was last composed, and at the end of the ingest (<see cref="StoryIndex.Flush"/>). Its membership is always current.
    /// </summary>
    public int RecomposeAlwaysUpTo { get; init; } = 32;
    /// <summary>Growth factor that triggers recomposing a large story during an ingest (amortised: each document is re-read a bounded number of times).</summary>
    public double RecomposeGrowth { get; init; } = 2;

    /// <summary>
    /// Stored documents of small stories held in memory (without their text) for the next recomposition, so that a
    /// story recomposed at every batch reads each member from the store once, not at every batch; oldest out. 0: none.
    /// </summary>
    public int ComposeCacheDocuments { get; init; } = 4096;
    /// <summary>How far past <see cref="RecomposeAlwaysUpTo"/> a story's members are still held for the next composition.</summary>
    internal const int ComposeCacheSlack = 64;

    public static StoryOptions Default { get; } = new();

    /// <summary>Throws when a value is out of range.</summary>
    public StoryOptions Validate()
    {
        if (MinHashSize <= 0 || LshBands <= 0 || MinHashSize % LshBands != 0)
            throw new ArgumentException($"MinHashSize ({MinHashSize}) must be a positive multiple of LshBands ({LshBands}).");
        if (MaxDaysApart < 0 || DateTolerance < 0 || MainDateWindow < 0) throw new ArgumentException("Day windows cannot be negative.");
        if (MaxCandidatesPerKey < 1 || MaxMembersCompared < 1) throw new ArgumentException("Candidate caps must be at least 1.");
        if (ComposeCacheDocuments < 0) throw new ArgumentException("ComposeCacheDocuments cannot be negative.");
        if (RecomposeAlwaysUpTo < 0 || !(RecomposeGrowth > 1)) throw new ArgumentException("RecomposeAlwaysUpTo cannot be negative and RecomposeGrowth must be above 1.");
        return this;
    }
}
