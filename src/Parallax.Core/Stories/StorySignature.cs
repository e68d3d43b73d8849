using System.Text.Json;
using System.Text.Json.Serialization;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Stories;

/// <summary>
/// What story clustering keeps of a document: its people and organisations, places, event signatures (type and
/// participants, with and without date), main dates, a MinHash signature of its facts and content words, a MinHash
/// of its word 3-shingles (same-language near-duplicates) and the sequence of its facts (translations).
/// Small and serialisable, so the active window can be reloaded from the store without re-reading documents.
/// </summary>
public sealed record StorySignature
{
    /// <summary>Publication day (<see cref="DateOnly.DayNumber"/>); the first main date when unpublished.</summary>
    public int Day { get; init; }
    public string? Language { get; init; }
    public string? Source { get; init; }
    /// <summary>Knowledge-base ids (or "n:" + folded name) of the people and organisations, sorted.</summary>
    public string[] Entities { get; init; } = [];
    public string[] Places { get; init; } = [];
    /// <summary>"TYPE|participant keys" of each event.</summary>
    public string[] EventSigs { get; init; } = [];
    /// <summary>"TYPE|participant keys|day" of each event with a day-precise main date.</summary>
    public string[] EventKeys { get; init; } = [];
    /// <summary>Main dates (day numbers): event dates and dates near publication, background dates left out.</summary>
    public int[] Dates { get; init; } = [];
    public uint[] MinHash { get; init; } = [];
    public uint[] Shingles { get; init; } = [];
    /// <summary>Hashes of entity keys and numbers in text order (a translation keeps them in much the same order).</summary>
    public uint[] Facts { get; init; } = [];
    /// <summary>Length of the text (characters): copies and translations are of much the same length.</summary>
    public int Length { get; init; }

    static readonly HashSet<string> Stopwords = DataFiles.ReadLines("Stories/data/stopwords.txt").ToHashSet(StringComparer.Ordinal);
    static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    /// <exception cref="FormatException">the text is not a signature.</exception>
    public static StorySignature Deserialize(string json)
    {
        try { return JsonSerializer.Deserialize<StorySignature>(json, Json) ?? throw new FormatException("empty story signature"); }
        catch (JsonException ex) { throw new FormatException($"bad story signature: {ex.Message}", ex); }
    }

    /// <summary>The key of an entity across documents: its Wikidata id, else "n:" and its folded name.</summary>
    public static string EntityKey(Entity e) => e.Kb ?? "n:" + TextFold.Fold(e.Name);

    /// <summary>The signature of a document ("TYPE|keys") of an event: type and sorted participant keys.</summary>
    public static string EventSig(Document d, Event e)
    {
        var keys = new List<string>(e.Actors.Length + e.Targets.Length);
        foreach (var a in e.Actors) keys.Add(Key(d, a));
        foreach (var a in e.Targets) keys.Add(Key(d, a));
        keys.Sort(StringComparer.Ordinal);
        return e.Type + "|" + string.Join(",", keys.Distinct());
    }

    internal static string Key(Document d, string entityId)
    {
        foreach (var e in d.Entities) if (e.Id == entityId) return EntityKey(e);
        return "n:" + entityId;
    }

    /// <summary>Day number of a TIMEX value that names one day (2025-02-12), else null.</summary>
    public static int? DayOf(string? timex) =>
        timex is { Length: 10 } && DateOnly.TryParseExact(timex, "yyyy-MM-dd", out var d) ? d.DayNumber : null;

    public static StorySignature Of(Document doc, StoryOptions options)
    {
        int? published = doc.Published?.DayNumber;
        var ents = new SortedSet<string>(StringComparer.Ordinal);
        var places = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Entities)
        {
            if (e.Type is EntityTypes.Person or EntityTypes.Organization) ents.Add(EntityKey(e));
            else if (e.Type == EntityTypes.Location) places.Add(EntityKey(e));
        }

        bool IsMain(int day) => published is not { } p || (day >= p - options.MainDateWindow && day <= p + 1);
        var dates = new SortedSet<int>();
        var sigs = new SortedSet<string>(StringComparer.Ordinal);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in doc.Events)
        {
            var sig = EventSig(doc, e);
            sigs.Add(sig);
            if (DayOf(e.Date) is { } day && IsMain(day) && e.Status is not (EventStatus.Planned or EventStatus.Intended or EventStatus.Conditional))
            {
                dates.Add(day);
                keys.Add(sig + "|" + day);
            }
        }
        if (dates.Count == 0)
            foreach (var t in doc.Times)
                if (t.Kind == TimeKinds.Date && DayOf(t.Value) is { } day && IsMain(day)) dates.Add(day);

        // tokens: facts (entities, dates, numbers) are language-independent; content words only match within a language
        var tokens = new HashSet<ulong>();
        foreach (var k in ents) tokens.Add(Hash("E:" + k));
        foreach (var k in places) tokens.Add(Hash("P:" + k));
        foreach (var d in dates) tokens.Add(Hash("D:" + d));
        foreach (var s in keys) tokens.Add(Hash("V:" + s));
        var words = new List<ulong>();
        var facts = new List<(int Pos, uint Hash)>();
        // facts a translation keeps: names (linked or not), dates and durations (normalised), numbers, capitalised words
        var named = new System.Collections.BitArray(doc.Text.Length + 1);
        foreach (var e in doc.Entities)
        {
            var h = (uint)Hash("F:" + EntityKey(e));
            foreach (var m in e.Mentions)
            {
                facts.Add((m.Start, h));
                for (int j = Math.Max(0, m.Start); j < m.End && j < doc.Text.Length; j++) named[j] = true;
            }
        }
        foreach (var t in doc.Times)
        {
            facts.Add((t.Start, (uint)Hash("T:" + t.Value)));
            for (int j = Math.Max(0, t.Start); j < t.End && j < doc.Text.Length; j++) named[j] = true;
        }
        var text = (doc.Title is null ? "" : doc.Title + "\n") + doc.Text;
        int offset = doc.Title is null ? 0 : -(doc.Title.Length + 1);
        Span<char> buf = stackalloc char[64];
        for (int i = 0; i < text.Length;)
        {
            if (!TextFold.IsWordChar(text[i])) { i++; continue; }
            int start = i;
            while (i < text.Length && TextFold.IsWordChar(text[i])) i++;
            int len = i - start;
            int pos = start + offset;
            bool inBody = pos >= 0, isNamed = inBody && named[pos];
            if (char.IsDigit(text[start]))
            {
                var n = Hash(text.AsSpan(start, len), "N:");
                tokens.Add(n);
                if (inBody && !isNamed) facts.Add((pos, (uint)n));
                continue;
            }
            if (len > buf.Length) continue;
            var w = buf[..len];
            for (int j = 0; j < len; j++) w[j] = TextFold.Fold(text[start + j]);
            var h2 = Hash(w, "");
            words.Add(h2);
            bool content = len >= 4 && !Stopwords.Contains(w.ToString());
            if (content) tokens.Add(Hash(w, "W:"));
            // a capitalised word inside a sentence is a name the knowledge base may not know (Natanz, ATACMS)
            if (inBody && !isNamed && len >= 3 && char.IsUpper(text[start]) && !SentenceStart(text, start) && !Stopwords.Contains(w.ToString()))
                facts.Add((pos, (uint)Hash(w, "C:")));
        }
        facts.Sort((a, b) => a.Pos.CompareTo(b.Pos));
        var shingles = new HashSet<ulong>();
        for (int i = 0; i + 2 < words.Count; i++) shingles.Add(Mix(words[i] ^ Mix(words[i + 1] ^ Mix(words[i + 2]))));

        return new StorySignature
        {
            Day = published ?? (dates.Count > 0 ? dates.Min : 0),
            Language = doc.Language,
            Source = doc.Source.Name,
            Entities = [.. ents],
            Places = [.. places],
            EventSigs = [.. sigs],
            EventKeys = [.. keys],
            Dates = [.. dates],
            MinHash = MinHashOf(tokens, options.MinHashSize),
            Shingles = MinHashOf(shingles, options.MinHashSize),
            Facts = [.. facts.Take(200).Select(f => f.Hash)],
            Length = doc.Text.Length,
        };
    }

    static bool SentenceStart(string text, int i)
    {
        for (i--; i >= 0; i--)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || c is '«' or '"' or '“' or '(' or '\'' or '’') { if (c == '\n') return true; continue; }
            return c is '.' or '!' or '?' or ':';
        }
        return true;
    }

    // ------------------------------------------------------------------ hashing

    static readonly ulong[] Seeds = Enumerable.Range(0, 1024).Select(i => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1))).ToArray();

    static uint[] MinHashOf(HashSet<ulong> tokens, int size)
    {
        var sig = new uint[size];
        Array.Fill(sig, uint.MaxValue);
        if (tokens.Count == 0) return sig;
        foreach (var t in tokens)
            for (int i = 0; i < size; i++)
            {
                var v = (uint)(Mix(t ^ Seeds[i]) >> 32);
                if (v < sig[i]) sig[i] = v;
            }
        return sig;
    }

    /// <summary>Estimated Jaccard similarity of the token sets behind two MinHash signatures (0 when either is empty).</summary>
    public static double Similarity(uint[] a, uint[] b)
    {
        int n = Math.Min(a.Length, b.Length), same = 0, empty = 0;
        for (int i = 0; i < n; i++)
        {
            if (a[i] == uint.MaxValue && b[i] == uint.MaxValue) { empty++; continue; }
            if (a[i] == b[i]) same++;
        }
        return n == 0 || empty == n ? 0 : (double)same / n;
    }

    /// <summary>Length of the longest common subsequence of two fact sequences over the longer one's length.</summary>
    public static double FactAgreement(uint[] a, uint[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (int i = 1; i <= a.Length; i++)
        {
            for (int j = 1; j <= b.Length; j++)
                cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            (prev, cur) = (cur, prev);
        }
        return (double)prev[b.Length] / Math.Max(a.Length, b.Length);
    }

    internal static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    internal static ulong Hash(string s) => Hash(s.AsSpan(), "");

    static ulong Hash(ReadOnlySpan<char> s, string prefix)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in prefix) { h ^= c; h *= 1099511628211UL; }
        foreach (var c in s) { h ^= c; h *= 1099511628211UL; }
        return Mix(h);
    }
}
