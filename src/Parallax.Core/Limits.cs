using System.Globalization;

namespace Parallax;

/// <summary>
/// The size limits that bound the work spent on one input, so a hostile or broken page costs a known amount of
/// time and memory. Each can be set by an environment variable (read once, at first use); sizes accept a
/// K, M or G suffix (powers of 1024): <c>PARALLAX_MAX_INPUT_BYTES=16M</c>. An unreadable value is ignored.
/// </summary>
public static class Limits
{
    /// <summary>Default of <see cref="MaxInputBytes"/>: 64 MiB.</summary>
    public const long DefaultMaxInputBytes = 64L << 20;
    /// <summary>Default of <see cref="MaxPageChars"/>: 4,000,000 characters.</summary>
    public const int DefaultMaxPageChars = 4_000_000;
    /// <summary>Default of <see cref="MaxArticleChars"/>: 100,000 characters.</summary>
    public const int DefaultMaxArticleChars = 100_000;
    /// <summary>Default of <see cref="MaxElements"/>: 50,000 start tags.</summary>
    public const int DefaultMaxElements = 50_000;
    /// <summary>Default of <see cref="MaxNesting"/>: 128 levels.</summary>
    public const int DefaultMaxNesting = 128;

    /// <summary>
    /// Largest input read, in bytes, after decompression (a file, a gzip member, a WARC record, stdin): a larger
    /// one is an error for that input, found before it is loaded (files) or as soon as the cap is passed (streams,
    /// gzip bombs). <c>PARALLAX_MAX_INPUT_BYTES</c>; at least 1 KiB.
    /// </summary>
    public static long MaxInputBytes { get; } = Read("PARALLAX_MAX_INPUT_BYTES", DefaultMaxInputBytes, 1024, long.MaxValue);

    /// <summary>
    /// Characters of a page that are parsed: HTML markup (after scripts and styles are cut) or plain text beyond
    /// this is not read, with a warning. <c>PARALLAX_MAX_PAGE_CHARS</c>; between 10,000 and 1,000,000,000.
    /// </summary>
    public static int MaxPageChars { get; } = (int)Read("PARALLAX_MAX_PAGE_CHARS", DefaultMaxPageChars, 10_000, 1_000_000_000);

    /// <summary>
    /// Characters of extracted article text that the analysis stages (language, entities, time, quotes, events)
    /// read: a longer article (a dump, a live blog of a whole year) is cut after the last paragraph that fits,
    /// with a warning. The stages' time grows faster than linearly with the text (dense generated news: about
    /// 4 s at 40,000 characters, 13 s at 80,000 on a loaded 2-core machine), so this bounds the time per document.
    /// <c>PARALLAX_MAX_TEXT_CHARS</c>; between 1,000 and 100,000,000.
    /// </summary>
    public static int MaxArticleChars { get; } = (int)Read("PARALLAX_MAX_TEXT_CHARS", DefaultMaxArticleChars, 1000, 100_000_000);

    /// <summary>
    /// Estimated HTML nesting depth kept: start tags deeper than this are dropped before parsing, with a warning.
    /// <c>PARALLAX_MAX_NESTING</c>; between 16 and 1,000.
    /// </summary>
    public static int MaxNesting { get; } = (int)Read("PARALLAX_MAX_NESTING", DefaultMaxNesting, 16, 1000);

    /// <summary>
    /// Start tags of an HTML page that are parsed (news pages have a few thousand): the page is cut before the
    /// first one beyond this, with a warning, since the extractor's work grows faster than linearly with the
    /// number of elements. <c>PARALLAX_MAX_ELEMENTS</c>; between 1,000 and 10,000,000.
    /// </summary>
    public static int MaxElements { get; } = (int)Read("PARALLAX_MAX_ELEMENTS", DefaultMaxElements, 1000, 10_000_000);

    /// <summary>Parses a size: digits with an optional K, M or G suffix (powers of 1024). Null when unreadable.</summary>
    public static long? ParseSize(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim().Replace("_", "");
        if (s.EndsWith("iB", StringComparison.OrdinalIgnoreCase)) s = s[..^2];
        else if (s.Length > 1 && s.EndsWith("B", StringComparison.OrdinalIgnoreCase) && char.IsLetter(s[^2])) s = s[..^1];
        long mult = 1;
        char last = s.Length > 0 ? char.ToUpperInvariant(s[^1]) : ' ';
        if (last is 'K' or 'M' or 'G')
        {
            mult = last switch { 'K' => 1L << 10, 'M' => 1L << 20, _ => 1L << 30 };
            s = s[..^1].TrimEnd();
        }
        if (!long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 0) return null;
        return n > long.MaxValue / mult ? null : n * mult;
    }

    static long Read(string name, long fallback, long min, long max)
    {
        var v = ParseSize(Environment.GetEnvironmentVariable(name));
        return v is { } n ? Math.Clamp(n, min, max) : fallback;
    }
}
