using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// The time stage: finds dates, times, durations, sets and vague references in <see cref="Document.Text"/>
/// (French and English) and normalises them to TIMEX3 values anchored on <see cref="Document.Published"/>
/// (deictic words) or on the narrative date (anaphoric words: "le lendemain", "the day before").
/// Works on raw text; uses <see cref="Document.Sentences"/> when the Language stage filled them.
/// </summary>
public sealed class TimeStage : IDocumentStage
{
    public string Name => "time";

    public Document Process(Document document) =>
        document with { Times = Extract(document.Text, document.Published, document.Language, document.Sentences) };

    /// <summary>Finds the time expressions of a text (offsets into <paramref name="text"/>).</summary>
    public static ImmutableArray<TimeExpression> Extract(string text, DateOnly? published, string? language = null,
        ImmutableArray<Sentence> sentences = default)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var lang = NormaliseLanguage(language);
        var folded = TextFold.Fold(text);
        var toks = TimeLexicon.Tokenize(text, folded);
        var lattice = TimeLexicon.Default.BuildLattice(text, folded, toks, lang);
        var matches = TimeGrammar.Default.MatchAll(text, folded, toks, lattice);
        var sents = sentences.IsDefaultOrEmpty ? SplitSentences(text) : sentences.Select(s => (s.Start, s.End)).ToList();

        var result = ImmutableArray.CreateBuilder<TimeExpression>(matches.Count);
        DateOnly? narrative = null;
        int narrativeSentence = -10;
        foreach (var m in matches)
        {
            int start = toks[m.SpanTokStart].Start, end = toks[m.SpanTokEnd - 1].End;
            int si = SentenceIndex(sents, start);
            var cx = new ResolveContext
            {
                Anchor = published,
                Narrative = narrative,
                NarrativeNear = narrative != null && si - narrativeSentence is 0 or 1,
                Tense = Tense(text, folded, toks, sents, si, m, lang),
                Language = lang,
            };
            var r = TimeResolver.Resolve(m, cx);
            if (r is not Resolved res) continue;
            if (res.FullDate is DateOnly fd && (res.Explicit || m.Rule.Action == "reln"))
            {
                narrative = fd;
                narrativeSentence = si;
            }
            result.Add(new TimeExpression
            {
                Start = start,
                End = end,
                Text = text[start..end],
                Kind = res.Kind,
                Value = res.Value,
                Approx = res.Approx,
                Modifier = res.Modifier,
                Conflict = res.Conflict,
            });
        }
        return result.ToImmutable();
    }

    /// <summary>The time expression that dates the event of <paramref name="clause"/> (see <see cref="EventDating"/>).</summary>
    public static TimeExpression? GoverningTime(Document doc, TextSpan clause, TextSpan? trigger = null) =>
        EventDating.GoverningTime(doc, clause, trigger);

    static string? NormaliseLanguage(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var l = language.Trim().ToLowerInvariant();
        if (l.Length > 2) l = l[..2];
        return l is "fr" or "en" ? l : null;
    }

    /// <summary>Simple sentence boundaries for raw text: ". ! ?" (and closing quotes) followed by space, and line breaks.</summary>
    internal static List<(int Start, int End)> SplitSentences(string text)
    {
        var list = new List<(int, int)>();
        int s = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool cut = false;
            int end = i + 1;
            if (c == '\n') { cut = true; end = i; }
            else if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < text.Length && text[j] is '»' or '”' or '"' or ')' or '\u00A0' && text[j] != ' ') j++;
                if (j >= text.Length || char.IsWhiteSpace(text[j]))
                {
                    // not after a single capital (initial) or a common abbreviation
                    int w = i - 1;
                    while (w >= 0 && char.IsLetter(text[w])) w--;
                    int wl = i - 1 - w;
                    bool abbrev = wl == 1 || (wl <= 4 && wl > 0 && IsAbbrev(text.AsSpan(w + 1, wl)));
                    if (!abbrev) { cut = true; end = j; i = j - 1; }
                }
            }
            if (cut)
            {
                if (end > s && text.AsSpan(s, end - s).Trim().Length > 0) list.Add((s, end));
                s = end;
            }
        }
        if (s < text.Length && text.AsSpan(s).Trim().Length > 0) list.Add((s, text.Length));
        return list;
    }

    static bool IsAbbrev(ReadOnlySpan<char> w) =>
        w is "M" or "Mme" or "Dr" or "Mr" or "Mrs" or "Ms" or "St" or "Jan" or "Feb" or "Aug" or "Sept" or "Oct" or "Nov" or "Dec" or "janv" or "févr" or "av" or "env" or "vs" or "No" or "art" or "p";

    static int SentenceIndex(List<(int Start, int End)> sents, int pos)
    {
        int lo = 0, hi = sents.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (sents[mid].Start <= pos) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>The tense around a match: the nearest tense cue in its sentence (outside the match itself).</summary>
    static int Tense(string text, string folded, List<TimeToken> toks, List<(int Start, int End)> sents, int si, RuleMatch m, string? lang)
    {
        int sStart = si >= 0 ? sents[si].Start : 0, sEnd = si >= 0 ? sents[si].End : text.Length;
        int from = m.TokStart, to = m.TokEnd;
        while (from > 0 && toks[from - 1].Start >= sStart) from--;
        while (to < toks.Count && toks[to].End <= sEnd) to++;
        var cues = TimeLexicon.Default.TenseCues(text, folded, toks, from, to, lang);
        int ms = toks[m.TokStart].Start, me = toks[m.TokEnd - 1].End;
        int best = 0, bestDist = int.MaxValue;
        foreach (var (pos, dir) in cues)
        {
            if (pos >= ms && pos < me) continue;
            int dist = pos < ms ? ms - pos : pos - me + 1; // ties go to the cue on the left
            if (dist < bestDist) { bestDist = dist; best = dir; }
        }
        return best;
    }
}
