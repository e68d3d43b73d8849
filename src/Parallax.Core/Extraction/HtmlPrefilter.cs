using System.Text;

namespace Parallax.Extraction;

/// <summary>What <see cref="HtmlPrefilter.Prepare"/> did to a page.</summary>
/// <param name="Html">The page to parse.</param>
/// <param name="Truncated">The page was longer than the limit and was cut at a tag boundary.</param>
/// <param name="Flattened">Start tags dropped because the markup nested deeper than the limit.</param>
public readonly record struct PrefilterResult(string Html, bool Truncated, int Flattened)
{
    /// <summary>The page had more than the element limit of start tags: it was cut before the first one beyond it.</summary>
    public bool TooManyElements { get; init; }
}

/// <summary>
/// Cuts what extraction never reads out of the HTML source before it is parsed: comments, <c>&lt;script&gt;</c>
/// elements (except JSON-LD, which metadata reads), <c>&lt;style&gt;</c> and inline <c>&lt;svg&gt;</c>. On news pages
/// these are about half of the characters, and the parser spends its time on them. The scan follows the
/// tokenizer's rules where they matter: tags are skipped with their quoted attribute values, the text of
/// <c>&lt;title&gt;</c>, <c>&lt;textarea&gt;</c>, <c>&lt;xmp&gt;</c>, <c>&lt;iframe&gt;</c>, <c>&lt;noembed&gt;</c> and
/// <c>&lt;noframes&gt;</c> is copied unread, script and style text ends at the first matching end tag, an unterminated
/// comment or script runs to the end of the page (as in a browser), and <c>&lt;svg&gt;</c> elements nest. Linear
/// in the length of the page.
/// <para>
/// It also bounds the parser's work (the HTML tree builder rescans its stack of open elements for each start tag,
/// so markup nested thousands of levels deep is quadratic): start tags that would open an element deeper than
/// <c>maxDepth</c> (an estimate: void elements and elements whose end tag may be left out — p, li, td… — do not
/// count) are dropped, and what remains is cut at a tag boundary after <c>maxChars</c> characters.
/// </para>
/// </summary>
public static class HtmlPrefilter
{
    /// <summary>Default limit on the characters parsed (after cutting scripts and styles): <see cref="Limits.MaxPageChars"/>.</summary>
    public static int DefaultMaxChars => Limits.MaxPageChars;

    /// <summary>Default limit on the estimated nesting depth: <see cref="Limits.MaxNesting"/>.</summary>
    public static int DefaultMaxDepth => Limits.MaxNesting;

    static readonly HashSet<string> Void = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "image",
    };

    /// <summary>Elements whose end tag may be omitted, closed by the parser when a sibling starts: they do not add depth.</summary>
    static readonly HashSet<string> OptionalEnd = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "tbody", "thead", "tfoot", "colgroup", "caption",
        "rb", "rt", "rtc", "rp", "html", "head", "body",
    };

    /// <summary>The page without comments, non-JSON-LD scripts, styles and inline SVG; the same string when there is nothing to cut.</summary>
    public static string Strip(string html) => Prepare(html, int.MaxValue, int.MaxValue).Html;

    /// <summary>Cuts comments, scripts, styles and SVG, drops start tags nested deeper than <paramref name="maxDepth"/>, and cuts the page after <paramref name="maxChars"/> characters.</summary>
    public static PrefilterResult Prepare(string html, int? maxChars = null, int? maxDepth = null, int? maxElements = null) =>
        Prepare(html, maxChars ?? DefaultMaxChars, maxDepth ?? DefaultMaxDepth, maxElements ?? Limits.MaxElements);

    static PrefilterResult Prepare(string html, int maxChars, int maxDepth, int maxElements = int.MaxValue)
    {
        int elements = 0, limitAt = -1;
        var s = html.AsSpan();
        StringBuilder? sb = null;
        int copied = 0;   // html[copied..i] is still to be copied
        int i = 0, depth = 0, flattened = 0;
        var voids = Void.GetAlternateLookup<ReadOnlySpan<char>>();
        var optional = OptionalEnd.GetAlternateLookup<ReadOnlySpan<char>>();
        while (i < s.Length)
        {
            int lt = s[i..].IndexOf('<');
            if (lt < 0) break;
            i += lt;
            // Comment.
            if (s[i..].StartsWith("<!--"))
            {
                int end = CommentEnd(s, i + 4);
                Cut(ref sb, html, ref copied, i, end);
                i = end;
                continue;
            }
            // End tag: one level less.
            if (i + 2 < s.Length && s[i + 1] == '/' && char.IsAsciiLetter(s[i + 2]))
            {
                int ne = i + 2;
                while (ne < s.Length && (char.IsAsciiLetterOrDigit(s[ne]) || s[ne] == '-')) ne++;
                var endName = s[(i + 2)..ne];
                if (depth > 0 && !voids.Contains(endName) && !optional.Contains(endName)) depth--;
                i = TagEnd(s, ne);
                continue;
            }
            if (i + 1 >= s.Length || !char.IsAsciiLetter(s[i + 1]))
            {
                i++;
                continue;
            }
            if (++elements > maxElements) { limitAt = i; break; }
            int nameEnd = i + 1;
            while (nameEnd < s.Length && (char.IsAsciiLetterOrDigit(s[nameEnd]) || s[nameEnd] == '-')) nameEnd++;
            var name = s[(i + 1)..nameEnd];
            int tagEnd = TagEnd(s, nameEnd);
            char c0 = (char)(name[0] | 0x20);
            if (c0 is not ('s' or 't' or 'x' or 'i' or 'n'))
            {
                // Most tags: only the depth estimate.
                if (!voids.Contains(name) && !optional.Contains(name) && s[tagEnd - 2] != '/')
                {
                    if (depth >= maxDepth)
                    {
                        Cut(ref sb, html, ref copied, i, tagEnd);
                        flattened++;
                    }
                    else depth++;
                }
                i = tagEnd;
            }
            else if (Is(name, "script"))
            {
                if (s[i..tagEnd].IndexOf("ld+json", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    i = EndTagEnd(s, tagEnd, "script");
                    continue;
                }
                int end = EndTagEnd(s, tagEnd, "script");
                Cut(ref sb, html, ref copied, i, end);
                i = end;
            }
            else if (Is(name, "style"))
            {
                int end = EndTagEnd(s, tagEnd, "style");
                Cut(ref sb, html, ref copied, i, end);
                i = end;
            }
            else if (Is(name, "svg"))
            {
                int end = s[i..tagEnd].TrimEnd('>').EndsWith("/") ? tagEnd : SvgEnd(s, tagEnd);
                Cut(ref sb, html, ref copied, i, end);
                i = end;
            }
            else if (Is(name, "title") || Is(name, "textarea") || Is(name, "xmp") || Is(name, "iframe") || Is(name, "noembed") || Is(name, "noframes"))
            {
                // Raw text: a "<script" in it is text. Keep it and its end tag.
                int close = FindEndTag(s, tagEnd, name);
                i = close < 0 ? s.Length : TagEnd(s, close + 2 + name.Length);
            }
            else
            {
                if (!voids.Contains(name) && !optional.Contains(name) && !s[i..tagEnd].TrimEnd('>').EndsWith("/"))
                {
                    if (depth >= maxDepth)
                    {
                        Cut(ref sb, html, ref copied, i, tagEnd);
                        flattened++;
                    }
                    else depth++;
                }
                i = tagEnd;
            }
        }
        string result;
        int stop = limitAt >= 0 ? limitAt : s.Length;
        if (sb is null) result = limitAt >= 0 ? html[..limitAt] : html;
        else
        {
            if (stop > copied) sb.Append(s[copied..stop]);
            result = sb.ToString();
        }
        bool truncated = false;
        if (result.Length > maxChars)
        {
            // At a tag boundary, unless the last tag is far back (one huge text node).
            int cut = result.AsSpan(0, maxChars).LastIndexOf('<');
            result = result[..(cut > 0 && cut >= maxChars - 65536 ? cut : maxChars)];
            truncated = true;
        }
        return new PrefilterResult(result, truncated, flattened) { TooManyElements = limitAt >= 0 };
    }

    static void Cut(ref StringBuilder? sb, string html, ref int copied, int from, int to)
    {
        sb ??= new StringBuilder(html.Length / 2);
        sb.Append(html.AsSpan(copied, from - copied));
        copied = to;
    }

    static bool Is(ReadOnlySpan<char> name, string tag) => name.Equals(tag, StringComparison.OrdinalIgnoreCase);

    /// <summary>Index just after the comment that starts before <paramref name="from"/> ("&lt;!--" consumed).</summary>
    static int CommentEnd(ReadOnlySpan<char> s, int from)
    {
        // "<!-->" and "<!--->" are complete (empty) comments.
        if (from < s.Length && s[from] == '>') return from + 1;
        if (from + 1 < s.Length && s[from] == '-' && s[from + 1] == '>') return from + 2;
        int k = s[from..].IndexOf("-->");
        if (k >= 0) return from + k + 3;
        int bang = s[from..].IndexOf("--!>");
        return bang >= 0 ? from + bang + 4 : s.Length;
    }

    /// <summary>Index just after the '&gt;' that closes a start tag, skipping quoted attribute values.</summary>
    static int TagEnd(ReadOnlySpan<char> s, int from)
    {
        int k = from;
        while (k < s.Length)
        {
            int j = s[k..].IndexOfAny('>', '"', '\'');
            if (j < 0) return s.Length;
            k += j;
            char c = s[k];
            if (c == '>') return k + 1;
            if (k > 0 && (s[k - 1] == '=' || char.IsWhiteSpace(s[k - 1]) && PrevNonSpace(s, k - 1) == '='))
            {
                int q = s[(k + 1)..].IndexOf(c);
                if (q < 0) return s.Length;
                k += q + 2;
                continue;
            }
            k++;
        }
        return s.Length;
    }

    static char PrevNonSpace(ReadOnlySpan<char> s, int k)
    {
        while (k >= 0 && char.IsWhiteSpace(s[k])) k--;
        return k >= 0 ? s[k] : '\0';
    }

    /// <summary>Index of "&lt;/name" (followed by space, '/' or '&gt;') at or after <paramref name="from"/>, or -1.</summary>
    static int FindEndTag(ReadOnlySpan<char> s, int from, ReadOnlySpan<char> name)
    {
        int k = from;
        while (k < s.Length)
        {
            int lt = s[k..].IndexOf("</");
            if (lt < 0) return -1;
            k += lt;
            int after = k + 2 + name.Length;
            if (after <= s.Length && s.Slice(k + 2, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
                && (after == s.Length || s[after] is '>' or '/' || char.IsWhiteSpace(s[after])))
                return k;
            k += 2;
        }
        return -1;
    }

    /// <summary>Index just after the end tag of a raw-text element (the page's end when there is none).</summary>
    static int EndTagEnd(ReadOnlySpan<char> s, int from, string name)
    {
        int k = FindEndTag(s, from, name);
        if (k < 0) return s.Length;
        int gt = s[k..].IndexOf('>');
        return gt < 0 ? s.Length : k + gt + 1;
    }

    /// <summary>Index just after the &lt;/svg&gt; matching an &lt;svg&gt; whose start tag ends at <paramref name="from"/>.</summary>
    static int SvgEnd(ReadOnlySpan<char> s, int from)
    {
        int depth = 1, k = from;
        while (k < s.Length)
        {
            int lt = s[k..].IndexOf('<');
            if (lt < 0) return s.Length;
            k += lt;
            bool close = k + 1 < s.Length && s[k + 1] == '/';
            int n = k + (close ? 2 : 1);
            if (n + 3 <= s.Length && s.Slice(n, 3).Equals("svg", StringComparison.OrdinalIgnoreCase)
                && (n + 3 == s.Length || s[n + 3] is '>' or '/' || char.IsWhiteSpace(s[n + 3])))
            {
                int end = TagEnd(s, n + 3);
                if (close) { if (--depth == 0) return end; }
                else if (!s[k..end].TrimEnd('>').EndsWith("/")) depth++;
                k = end;
                continue;
            }
            k++;
        }
        return s.Length;
    }
}
