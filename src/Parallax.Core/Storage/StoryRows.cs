using System.Collections.Immutable;
using System.Data.Common;
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

    /// <summary>The member columns of story_documents, in the order <see cref="Member"/> reads them from its first column.</summary>
    public const string MemberColumns = "doc_id, near_duplicate_of, score, language, source";

    static string? Str(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>A member from the <see cref="MemberColumns"/> starting at column <paramref name="at"/>.</summary>
    public static StoryMember Member(DbDataReader r, int at) =>
        new(r.GetString(at), Str(r, at + 1), r.IsDBNull(at + 2) ? null : r.GetDouble(at + 2)) { Language = Str(r, at + 3), Source = Str(r, at + 4) };

    /// <summary>The members a command selecting <see cref="MemberColumns"/> returns.</summary>
    public static List<StoryMember> ReadMembers(DbCommand cmd)
    {
        var list = new List<StoryMember>();
        using var r = cmd.ExecuteReader();
        while (r.Read()) list.Add(Member(r, 0));
        return list;
    }

    /// <summary>
    /// Stories from a command selecting (id, record, first, last), each with its members: all member rows in one pass
    /// (<paramref name="allMembers"/>: story_id then <see cref="MemberColumns"/>, ordered by story and join order), or
    /// one story at a time (<paramref name="perStory"/>: <see cref="MemberColumns"/> of the story whose id is set in its
    /// parameter, in join order). Both stores call this with the SQL of their dialect.
    /// </summary>
    public static IReadOnlyList<Story> ReadStories(DbCommand stories, Func<DbCommand> allMembers, Func<(DbCommand Cmd, DbParameter Id)> perStory, bool all)
    {
        var rows = new List<(string Id, Story Record, DateOnly? First, DateOnly? Last)>();
        using (var r = stories.ExecuteReader())
            while (r.Read())
            {
                Story story;
                try { story = RecordJson.DeserializeStory(r.GetString(1)); }
                catch (FormatException ex) { throw new StoreException(StoreErrorKind.Corrupt, $"A stored story is damaged: {ex.Message}", ex); }
                rows.Add((r.GetString(0), story, ParseDay(Str(r, 2)), ParseDay(Str(r, 3))));
            }
        var list = new List<Story>(rows.Count);
        if (all)
        {
            var byStory = new Dictionary<string, List<StoryMember>>(StringComparer.Ordinal);
            using var cmd = allMembers();
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                var sid = r.GetString(0);
                if (!byStory.TryGetValue(sid, out var ms)) byStory[sid] = ms = [];
                ms.Add(Member(r, 1));
            }
            foreach (var (id, rec, first, last) in rows)
                list.Add(Assemble(rec with { Id = id }, byStory.GetValueOrDefault(id) ?? [], first, last));
            return list;
        }
        var (members, pId) = perStory();
        using (members)
            foreach (var (id, rec, first, last) in rows)
            {
                pId.Value = id;
                list.Add(Assemble(rec with { Id = id }, ReadMembers(members), first, last));
            }
        return list;
    }
}
