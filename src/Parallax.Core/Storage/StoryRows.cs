using System.Collections.Immutable;
using System.Globalization;
using Parallax.Model;

namespace Parallax.Storage;

/// <summary>
/// What both stores share about the story layout (schema 10): a story's record holds its title and events, its
/// members are rows of <c>story_documents</c> in the order they joined, and <c>stories</c> carries the number of
/// documents and the first and last day.
/// </summary>
static class StoryRows
{
    /// <summary>The story's members in order: <see cref="Story.Members"/>, or one bare member per document when it has none (or not one per document).</summary>
    public static List<StoryMember> MembersOf(Story s)
    {
        var docs = s.Documents.IsDefault ? [] : s.Documents;
        var members = s.Members.IsDefault ? [] : s.Members;
        var list = new List<StoryMember>(Math.Max(docs.Length, members.Length));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (docs.Length == 0)
        {
            foreach (var m in members)
                if (m?.Document is { Length: > 0 } d && seen.Add(d)) list.Add(m);
            return list;
        }
        bool aligned = members.Length == docs.Length;
        Dictionary<string, StoryMember>? byDoc = aligned || members.Length == 0 ? null
            : members.Where(m => m?.Document != null).GroupBy(m => m.Document, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        for (int i = 0; i < docs.Length; i++)
        {
            var d = docs[i];
            if (d is null || !seen.Add(d)) continue;
            var m = aligned && members[i]?.Document == d ? members[i] : byDoc?.GetValueOrDefault(d);
            list.Add(m ?? new StoryMember(d));
        }
        return list;
    }

    /// <summary>The record stored for a story: without its member list (read back from the member rows).</summary>
    public static string Record(Story s) => RecordJson.Serialize(s with { Documents = [], Members = [] });

    public static string? Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ParseDay(string? s) =>
        s != null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>A stored story read back: its record with the members (in order), the first and last day of its row.</summary>
    public static Story Assemble(Story record, IReadOnlyList<StoryMember> members, DateOnly? first, DateOnly? last) => record with
    {
        Documents = [.. members.Select(m => m.Document)],
        Members = [.. members],
        First = first ?? record.First,
        Last = last ?? record.Last,
    };
}
