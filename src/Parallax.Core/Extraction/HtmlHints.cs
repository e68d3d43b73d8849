using AngleSharp.Dom;

namespace Parallax.Extraction;

/// <summary>What the class/id tokens of an element suggest.</summary>
public readonly record struct HintResult(bool Positive, bool Negative, bool Remove, bool Lead);

/// <summary>Class/id hints for content scoring (Extraction/data/html-hints.tsv).</summary>
public sealed class HtmlHints
{
    public static HtmlHints Default { get; } = new(DataFiles.ReadTsv("Extraction/data/html-hints.tsv"));

    [Flags] enum H { None = 0, Positive = 1, Negative = 2, Remove = 4, Lead = 8 }

    readonly Dictionary<string, H> _exact = new(StringComparer.Ordinal);
    readonly List<(string Prefix, H Kind)> _prefixes = [];

    // class/id values repeat across a page and across pages of a site: their classification is cached (bounded).
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, H> _cache = new(StringComparer.Ordinal);
    const int CacheLimit = 100_000;
    int _cached;

    public HtmlHints(IEnumerable<string[]> rows)
    {
        foreach (var row in rows)
        {
            if (row.Length < 2) continue;
            H kind = row[0].ToLowerInvariant() switch
            {
                "positive" => H.Positive, "negative" => H.Negative, "remove" => H.Remove, "lead" => H.Lead, _ => H.None,
            };
            if (kind == H.None) continue;
            var tok = row[1].ToLowerInvariant();
            if (tok.EndsWith('*')) _prefixes.Add((tok[..^1], kind));
            else _exact[tok] = _exact.GetValueOrDefault(tok) | kind;
        }
    }

    /// <summary>Classifies an element by the tokens of its class and id attributes.</summary>
    public HintResult Classify(IElement e)
    {
        var cls = e.GetAttribute("class");
        var id = e.Id;
        if (string.IsNullOrEmpty(cls) && string.IsNullOrEmpty(id)) return default;
        H h = Cached(cls) | Cached(id);
        return new HintResult((h & H.Positive) != 0, (h & H.Negative) != 0, (h & H.Remove) != 0, (h & H.Lead) != 0);
    }

    H Cached(string? s)
    {
        if (string.IsNullOrEmpty(s)) return H.None;
        if (_cache.TryGetValue(s, out var h)) return h;
        h = H.None;
        Scan(s, ref h);
        // (ConcurrentDictionary.Count takes every lock: count additions ourselves.)
        if (_cached < CacheLimit && s.Length <= 200 && _cache.TryAdd(s, h)) Interlocked.Increment(ref _cached);
        return h;
    }

    void Scan(string? s, ref H h)
    {
        if (string.IsNullOrEmpty(s)) return;
        Span<char> buf = stackalloc char[64];
        int n = 0;
        for (int i = 0; i <= s.Length; i++)
        {
            char c = i < s.Length ? s[i] : ' ';
            // camelCase boundary: "relatedArticles" → related, articles
            bool boundary = !char.IsLetter(c) || (char.IsUpper(c) && n > 0 && char.IsLower(buf[n - 1]));
            if (boundary && n > 0)
            {
                h |= Lookup(buf[..n]);
                n = 0;
            }
            if (char.IsLetter(c) && n < buf.Length) buf[n++] = char.ToLowerInvariant(c);
        }
    }

    H Lookup(ReadOnlySpan<char> token)
    {
        H h = H.None;
        var lookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out var k)) h |= k;
        foreach (var (p, kind) in _prefixes)
            if (token.StartsWith(p, StringComparison.Ordinal)) h |= kind;
        return h;
    }
}
