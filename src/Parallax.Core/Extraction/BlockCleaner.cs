using System.Collections.Immutable;
using System.Text;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Extraction;

/// <summary>A block of candidate article text (a paragraph, heading or line) before cleaning.</summary>
/// <param name="Headline">The block is the page's main heading (an HTML &lt;h1&gt;): dropped when it comes before the body.</param>
/// <param name="BeforeLinks">Mostly-link blocks (teasers, navigation) stood right after this block in the page and were dropped.</param>
public readonly record struct TextBlock(string Text, BlockKind? Kind = null, bool Headline = false, bool BeforeLinks = false);

/// <summary>What <see cref="BlockCleaner"/> found: the body blocks, the title, authors, attributions and removed lines.</summary>
public sealed class CleanResult
{
    public string? Title { get; set; }
    public List<TextBlock> Body { get; } = [];
    public List<string> Authors { get; } = [];
    public List<string> Attributions { get; } = [];
    public List<string> Removed { get; } = [];
    public string? SiteName { get; set; }
    public DateOnly? Date { get; set; }
}

/// <summary>
/// Line/block-level boilerplate removal shared by the plain-text and HTML extractors: breadcrumbs, bylines,
/// source lines, share/newsletter lines, comment forms and related-article lists at the end, repeated titles,
/// trailing site names; recognises section headings (short unpunctuated line followed by body text).
/// </summary>
public static partial class BlockCleaner
{
    /// <summary>"Image 2 of 5", "1 of 6", "3/10", "2 sur 8": a slideshow counter.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(?:\p{L}+\s+)?\d{1,3}\s*(?:/|\p{L}{1,3})\s*\d{1,3}\s*$")]
    private static partial System.Text.RegularExpressions.Regex CounterLine();

    static readonly Boilerplate Lexicon = Boilerplate.Default;

    const string Separators = "»›>|/→·";

    /// <param name="blocks">Candidate blocks in reading order.</param>
    /// <param name="findTitle">Take the first title-like block as the title (plain text); false when the caller knows the title.</param>
    /// <param name="knownTitle">A title known from metadata: blocks repeating it are dropped.</param>
    public static CleanResult Clean(IReadOnlyList<TextBlock> input, bool findTitle, string? knownTitle = null)
    {
        var r = new CleanResult();
        var blocks = SplitGluedBreadcrumbs(input);
        var keep = new List<TextBlock>(blocks.Count);
        string? title = knownTitle;
        string? foldedTitle = title is null ? null : Norm(title);
        bool bodySeen = false;

        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            var text = b.Text;
            if (IsBreadcrumb(text)) { r.Removed.Add(text); continue; }
            if (b.Headline && !bodySeen) { r.Removed.Add(text); continue; }
            var kind = Lexicon.MatchPrefix(text, out int rest);
            // A lone byline prefix ("By", "Par") whose names are in a separate element.
            if (kind == BoilerplateKind.Byline && rest >= text.TrimEnd().Length) { r.Removed.Add(text); continue; }
            // Date lines in the header: "Updated Nov. 19, 2019 8:21 am ET / Original …".
            if (kind == BoilerplateKind.Line && !bodySeen && text.Length <= 120 && DateLine.TryParse(text) is { } dl)
            { r.Removed.Add(text); r.Date ??= dl; continue; }
            switch (kind)
            {
                // Multi-word markers ("Leave a Reply") may carry a tail; a one-word marker ("Comments") must stand alone.
                case BoilerplateKind.Cut when (WordCount(text.AsSpan(0, rest)) >= 3 ? text.Length <= rest + 60 : text.Length <= rest + 15 && !EndsSentence(text))
                                              && (bodySeen || keep.Count > 0):
                    for (int j = i; j < blocks.Count; j++) r.Removed.Add(blocks[j].Text);
                    i = blocks.Count;
                    continue;
                // "Lire aussi : <linked title>" lines: titles can be long but are not sentences.
                case BoilerplateKind.Related when text.Length <= rest + 40 || text.Length <= rest + 140 && !EndsSentence(text):
                    // "Lire aussi :" alone at the end (or a heading such as "More great stories from X", "Related coverage:")
                    // → the rest is a list of teasers; "Lire aussi : <title>" inline → that line only.
                    // A heading-like marker with more words ("More great stories from X") cuts only a rest with no body paragraph.
                    // A marker whose teasers were links (dropped), followed by more article: the marker alone goes.
                    if (b.BeforeLinks && bodySeen && IsBody(blocks, i + 1)) { r.Removed.Add(text); continue; }
                    bool alone = text.Length <= rest + 3;
                    bool headingLike = !alone && (text.TrimEnd().EndsWith(':') || b.Kind == BlockKind.Heading
                                 || !EndsSentence(text) && WordCount(text) <= 8 && text.AsSpan(rest).TrimStart().IndexOfAny(":–—|") != 0);
                    if (bodySeen && (alone && RestIsList(blocks, i + 1, markerAlone: true) || headingLike && RestIsList(blocks, i + 1, markerAlone: false, maxBody: 0)))
                    {
                        for (int j = i; j < blocks.Count; j++) r.Removed.Add(blocks[j].Text);
                        i = blocks.Count;
                        continue;
                    }
                    r.Removed.Add(text);
                    // An inline "Lire aussi : <title>" may be followed by the linked title on its own line.
                    if (text.Length <= rest + 3 && i + 1 < blocks.Count && IsTitleLike(blocks[i + 1].Text) && !IsBody(blocks, i + 2))
                    { r.Removed.Add(blocks[i + 1].Text); i++; }
                    continue;
                case BoilerplateKind.Line when text.Length <= rest + 60 && !EndsSentence(text) || text.Length <= rest + 2:
                    r.Removed.Add(text);
                    if (r.Date is null && DateLine.TryParse(text) is { } d) r.Date = d;
                    continue;
                case BoilerplateKind.Byline when TryByline(text.AsSpan(rest), out var authors):
                    r.Removed.Add(text);
                    if (r.Date is null && DateLine.TryParse(text) is { } bylineDate) r.Date = bylineDate;   // "Par X | 12 février 2025" 
                    foreach (var a in authors) if (!r.Authors.Contains(a)) r.Authors.Add(a);
                    continue;
                case BoilerplateKind.Source when text.Length <= 120 && (text.Length <= rest + 60 || !bodySeen):
                    r.Removed.Add(text);
                    r.Attributions.Add(text[rest..].Trim(' ', ':', '\u00A0', '.', ')'));
                    continue;
            }
            if ((!bodySeen && text.Length <= 60 || text.Length <= 40 && WordCount(text) <= 6) && DateLine.TryParse(text) is { } date)
            {
                r.Date ??= date;
                r.Removed.Add(text);
                continue;
            }
            // A line that is only a date, even without a year ("13 Aug", "Monday, Nov. 18"), or a gallery counter ("Image 2 of 5").
            if (DateLine.IsDateOnly(text) || text.Length <= 30 && CounterLine().IsMatch(text))
            {
                r.Removed.Add(text);
                continue;
            }
            if (findTitle && title is null && !bodySeen && keep.Count == 0 && IsTitleLike(text))
            {
                // A one-word line before another, longer title-like line is the site name ("portailinfo", "lemonde.fr");
                // a line of 2–3 words there is a site or section name ("World News").
                if (WordCount(text) <= 3 && !EndsSentence(text) && i + 1 < blocks.Count && IsTitleLike(blocks[i + 1].Text)
                    && !IsBodyText(blocks[i + 1].Text) && WordCount(blocks[i + 1].Text) > WordCount(text)
                    && Lexicon.MatchPrefix(blocks[i + 1].Text, out _) == BoilerplateKind.None && DateLine.TryParse(blocks[i + 1].Text) is null)
                {
                    if (!text.Contains(' ')) r.SiteName ??= text;
                    r.Removed.Add(text);
                    continue;
                }
                title = text;
                foldedTitle = Norm(text);
                continue;
            }
            if (foldedTitle is not null && RepeatsTitle(text, foldedTitle, bodySeen)) { r.Removed.Add(text); continue; }
            keep.Add(b);
            if (IsBodyText(text)) bodySeen = true;
        }

        // The end of the article: promotion and notice lines (newsletters, "Follow us on…", affiliate notes, "Previous
        // story"), headings with nothing under them, and short unpunctuated lines (site names, tags, widget titles).
        // A longer run of short lines is a list that belongs to the text (e.g. "Spain (Group F): 11th appearance").
        bool removed = true;
        while (removed && keep.Count > 1)
        {
            removed = false;
            while (keep.Count > 1 && IsTrailingNotice(keep[^1]))
            {
                r.Removed.Add(keep[^1].Text);
                keep.RemoveAt(keep.Count - 1);
                removed = true;
            }
            int run = 0;
            while (run < keep.Count && IsTrailingJunk(keep[keep.Count - 1 - run].Text)) run++;
            while (run is > 0 and <= 3 && keep.Count > 0 && IsTrailingJunk(keep[^1].Text))
            {
                var t = keep[^1].Text;
                r.Removed.Add(t);
                if (r.SiteName is null && LooksLikeSiteName(t)) r.SiteName = t;
                keep.RemoveAt(keep.Count - 1);
                removed = true;
            }
        }

        // Headings: short, unpunctuated, followed by body text.
        for (int i = 0; i < keep.Count; i++)
        {
            var b = keep[i];
            if (b.Kind is BlockKind.Heading or BlockKind.Lead or BlockKind.Quote) { r.Body.Add(b); continue; }
            bool heading = IsHeadingLike(b.Text) && i + 1 < keep.Count && IsBodyText(keep[i + 1].Text) && keep[i + 1].Kind != BlockKind.Heading
                           && (i == 0 || !keep[i - 1].Text.EndsWith(':'));
            r.Body.Add(new TextBlock(b.Text, heading ? BlockKind.Heading : (b.Kind ?? BlockKind.Paragraph)));
        }
        // a text that is nothing but its title-like first line (a single sentence piped in, a one-line note) is its own
        // body: the title line is not lost from the analysed text
        if (findTitle && title is not null && r.Body.Count == 0 && EndsSentence(title))
            r.Body.Add(new TextBlock(title, BlockKind.Paragraph));
        r.Title = findTitle ? title : knownTitle;
        return r;
    }

    /// <summary>A trailing line that names the site: one token ("portailinfo", "example.com") or up to 3 capitalised words.</summary>
    static bool LooksLikeSiteName(string t)
    {
        if (t.Length > 40 || EndsSentence(t)) return false;
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1) return true;
        return words.Length <= 3 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]));
    }

    /// <summary>The block is the title again (exactly, or before the body as the title without its "– Site" suffix).</summary>
    static bool RepeatsTitle(string text, string foldedTitle, bool bodySeen)
    {
        var n = Norm(text);
        if (n == foldedTitle) return true;
        return !bodySeen && n.Length >= 12 && WordCount(text) >= 3 && foldedTitle.StartsWith(n, StringComparison.Ordinal) && n.Length * 2 >= foldedTitle.Length;
    }

    /// <summary>Lowercased, accent-folded, whitespace-collapsed, for comparisons of titles.</summary>
    internal static string Norm(string s)
    {
        var f = TextFold.Fold(s);
        var sb = new StringBuilder(f.Length);
        foreach (var c in f)
            if (TextFold.IsWordChar(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
        return sb.ToString().Trim();
    }

    /// <summary>
    /// After a related-articles marker: is the rest a list of teasers rather than more article? At most one long
    /// sentence-like paragraph, or (when the marker stands alone) few of them, and not a long one at the end.
    /// </summary>
    static bool RestIsList(List<TextBlock> blocks, int from, bool markerAlone, int maxBody = 1)
    {
        int body = 0, total = 0;
        for (int j = from; j < blocks.Count; j++)
        {
            total++;
            if (IsListBody(blocks[j].Text)) body++;
        }
        // A rest that ends with a body paragraph is the article going on after an inline marker.
        if (total > 0 && IsListBody(blocks[^1].Text)) return false;
        return total > 0 && (body <= maxBody || markerAlone && body * 4 <= total);

        static bool IsListBody(string t) => t.Length >= 150 && EndsSentence(t);
    }

    static bool IsBody(List<TextBlock> blocks, int i) => i < blocks.Count && IsBodyText(blocks[i].Text);

    /// <summary>Body text: a sentence-like block (ends with sentence punctuation or is long).</summary>
    internal static bool IsBodyText(string t) => t.Length >= 120 || (EndsSentence(t) && WordCount(t) >= 5);

    internal static bool EndsSentence(string t)
    {
        var s = t.AsSpan().TrimEnd();
        if (s.Length == 0) return false;
        // Strip closing quotes/brackets.
        int i = s.Length - 1;
        while (i > 0 && s[i] is '»' or '"' or '”' or '’' or ')' or ']' or '\'' or ' ' or '\u00A0' or '\u202F') i--;
        char c = s[i];
        return c is '.' or '!' or '?' or '…' or ':' or ';' or '。' or '！' or '？' || (i < s.Length - 1 && s[i + 1] is '»' or '"' or '”' && WordCount(t) >= 6);
    }

    internal static int WordCount(ReadOnlySpan<char> t)
    {
        int n = 0;
        bool inWord = false;
        foreach (var c in t)
        {
            bool w = TextFold.IsWordChar(c);
            if (w && !inWord) n++;
            inWord = w;
        }
        return n;
    }

    static bool IsTitleLike(string t)
    {
        if (t.Length < 3 || t.Length > 300) return false;
        int words = WordCount(t);
        if (words == 0 || words > 40) return false;
        var s = t.TrimEnd();
        return !s.EndsWith('.') || s.EndsWith("...") || words <= 15;
    }

    static bool IsHeadingLike(string t)
    {
        if (t.Length > 120) return false;
        int words = WordCount(t);
        if (words == 0 || words > 12) return false;
        var s = t.TrimEnd();
        char last = s[^1];
        if (last is '.' or ',' or ';' or ':' or '…' or '»' or '"' or '”' or ')' or '-' or '–') return false;
        if (s.Contains(',') || s.Contains(';')) return false;
        char first = s[0];
        return char.IsUpper(first) || char.IsDigit(first) || first is '«' or '"' or '“' || !char.IsLetter(first) && char.IsLetterOrDigit(s.TrimStart("«\"“ ".AsSpan())[0]);
    }

    /// <summary>
    /// A block that ends an article without being part of it: it starts with a <c>tail</c> phrase
    /// ("Follow us", "Sign up", "If you enjoyed this article", "Previous story") or holds a <c>promo</c> phrase
    /// ("newsletter", "delivered to your inbox", "affiliate links"), and is not long; or it is a heading with
    /// nothing under it.
    /// </summary>
    static bool IsTrailingNotice(TextBlock b)
    {
        if (b.Kind == BlockKind.Heading) return true;
        var t = b.Text;
        if (t.Length > 400) return false;
        var kind = Lexicon.MatchPrefix(t, out _);
        return kind == BoilerplateKind.Tail || Lexicon.HasPromo(t);
    }

    static bool IsTrailingJunk(string t)
    {
        if (t.Length > 60) return false;
        int words = WordCount(t);
        if (words > 5) return false;
        return !EndsSentence(t) || words <= 2 && t.TrimEnd().EndsWith(':');
    }

    /// <summary>A breadcrumb line: "Home » World » …" or several short segments joined by » / › / &gt;.</summary>
    internal static bool IsBreadcrumb(string t)
    {
        var kind = Lexicon.MatchPrefix(t, out int rest);
        if (kind == BoilerplateKind.Home)
        {
            int k = rest;
            while (k < t.Length && t[k] == ' ') k++;
            if (k >= t.Length) return true;
            if (Separators.Contains(t[k]) && (t[k] is not ('/' or '|') || t.AsSpan(k + 1).IndexOf(t[k]) >= 0)) return true;
        }
        // Two or more strong separators with short segments before the last one.
        int seps = 0, segStart = 0;
        for (int i = 0; i < t.Length; i++)
        {
            if (t[i] is '»' or '›' or '>' && (i + 1 >= t.Length || t[i + 1] == ' ') && i > 0 && t[i - 1] == ' ')
            {
                if (WordCount(t.AsSpan(segStart, i - segStart)) > 5) return false;
                seps++;
                segStart = i + 1;
            }
        }
        return seps >= 2;
    }

    /// <summary>Splits a breadcrumb glued to the end of a previous line ("…dernier mot.Home » Monde » …").</summary>
    static List<TextBlock> SplitGluedBreadcrumbs(IReadOnlyList<TextBlock> blocks)
    {
        var result = new List<TextBlock>(blocks.Count + 2);
        foreach (var b in blocks)
        {
            var t = b.Text;
            int cut = -1;
            for (int i = 1; i < t.Length - 4 && cut < 0; i++)
            {
                if (!char.IsUpper(t[i]) || TextFold.IsWordChar(t[i - 1]) && char.IsUpper(t[i - 1])) continue;
                if (Lexicon.MatchPrefix(t.AsSpan(i), out int rest) == BoilerplateKind.Home)
                {
                    int k = i + rest;
                    while (k < t.Length && t[k] == ' ') k++;
                    if (k < t.Length && t[k] is '»' or '›' or '>') cut = i;
                }
            }
            if (cut > 0)
            {
                var head = t[..cut].TrimEnd();
                if (head.Length > 0) result.Add(new TextBlock(head, b.Kind));
                result.Add(new TextBlock(t[cut..], null));
            }
            else result.Add(b);
        }
        return result;
    }

    /// <summary>Parses the names after a byline prefix: capitalised words, joined by "and"/"et"/","; stops at | or a date.</summary>
    internal static bool TryByline(ReadOnlySpan<char> rest, out List<string> authors)
    {
        authors = [];
        var s = rest.Trim().TrimStart(':').Trim();
        int stop = s.IndexOfAny("|•–—\n(;");
        if (stop >= 0) s = s[..stop].Trim();
        if (s.Length == 0 || s.Length > 80) return false;
        // Split on ",", " and ", " et ", " & ".
        var text = s.ToString().Replace(" and ", ",").Replace(" et ", ",").Replace(" & ", ",");
        foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0 || words.Length > 5) { if (authors.Count > 0) break; return false; }
            // A name: every word capitalised (particles de/van/von/al-/le allowed), no sentence punctuation.
            bool name = char.IsUpper(words[0][0]);
            foreach (var w in words)
                if (!(char.IsUpper(w[0]) || w is "de" or "du" or "van" or "von" or "der" or "da" or "di" or "le" or "la" or "bin" or "al" or "el" || w.StartsWith("al-") || w.StartsWith("d'") || w.StartsWith("d’")))
                { name = false; break; }
            if (!name || part.EndsWith('.') && !(words[^1].Length <= 3)) { if (authors.Count > 0) break; return false; }
            authors.Add(part.TrimEnd('.'));
        }
        return authors.Count > 0;
    }

    /// <summary>Joins blocks into the document text and paragraph spans.</summary>
    public static (string Text, ImmutableArray<Paragraph> Paragraphs) Assemble(IEnumerable<TextBlock> blocks)
    {
        var sb = new StringBuilder();
        var paras = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var b in blocks)
        {
            var t = b.Text.Trim();
            if (t.Length == 0) continue;
            if (sb.Length > 0) sb.Append("\n\n");
            int start = sb.Length;
            sb.Append(t);
            paras.Add(new Paragraph(start, sb.Length, b.Kind ?? BlockKind.Paragraph));
        }
        return (sb.ToString(), paras.ToImmutable());
    }
}
