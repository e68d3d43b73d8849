using Parallax.Model;
using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// Dates events for the Events stage: given the clause of an event (its sentence, or a narrower span) and
/// its trigger, returns the time expression that dates it. Rules (words in Time/data/dating.tsv):
/// <list type="number">
/// <item>Candidates are the document's date and time expressions (not durations, sets or vague ones) in the
/// sentence of the clause, leaving out those right after a NOTDATING word ("depuis 2013", "until Friday"),
/// those inside a quotation when the trigger is outside it (and the reverse), and those separated from the
/// those in another subordinate clause than the trigger (a clause opened by a BARRIER word and running to
/// the next comma: "…, qui a lancé une invasion en 2022, a appelé Trump mercredi").</item>
/// <item>Among candidates, those inside the clause span come first, then the one nearest the trigger
/// (or the clause start when no trigger is given).</item>
/// <item>With no candidate, when the sentence continues a past narrative (a CONTINUE word: "ensuite",
/// "then", a pluperfect auxiliary "avait", "had"), the date of the previous sentence (its last candidate,
/// found by the same rules, up to three sentences back) is carried over.</item>
/// <item>Otherwise null (or, with <c>publishedFallback</c>, the publication date in <see cref="EventDate"/>).</item>
/// </list>
/// </summary>
public static class EventDating
{
    sealed record Cue(string Role, string Lang, bool Exact, string Phrase);

    static readonly PhraseMatcher<Cue> Cues = Build();

    static PhraseMatcher<Cue> Build()
    {
        var m = new PhraseMatcher<Cue>();
        foreach (var r in DataFiles.ReadTsv("Time/data/dating.tsv"))
            m.Add(TimeFold.Strip(r[0]), new Cue(r[1], r.Length > 2 ? r[2] : "*", r.Length > 3 && r[3] == "exact", r[0]));
        return m;
    }

    /// <summary>The time expression that dates the event in <paramref name="clause"/>, or null.</summary>
    public static TimeExpression? GoverningTime(Document doc, TextSpan clause, TextSpan? trigger = null)
    {
        var times = doc.Times.IsDefaultOrEmpty ? TimeStage.Extract(doc.Text, doc.Published, doc.Language, doc.Sentences) : doc.Times;
        if (times.IsDefaultOrEmpty) return null;
        var sents = doc.Sentences.IsDefaultOrEmpty ? TimeStage.SplitSentences(doc.Text) : SentenceSpans(doc.Sentences);
        int focus = trigger?.Start ?? clause.Start;
        int si = SentenceOf(sents, focus);
        if (si < 0) return null;
        var folded = TimeFold.Fold(doc.Text);
        var lang = doc.Language?.Length >= 2 ? doc.Language[..2].ToLowerInvariant() : null;

        var best = Best(doc, folded, lang, times, sents[si], clause, trigger, focus, last: false);
        if (best != null) return best;

        // carry the narrative date of the previous sentence(s)
        var cues = FindCues(doc.Text, folded, lang, sents[si].Start, sents[si].End);
        if (!cues.Exists(c => c.Role == "CONTINUE")) return null;
        for (int k = si - 1; k >= 0 && k >= si - 3; k--)
        {
            var prev = sents[k];
            var p = Best(doc, folded, lang, times, prev, new TextSpan(prev.Start, prev.End), null, prev.End, last: true);
            if (p != null) return p;
            var pc = FindCues(doc.Text, folded, lang, prev.Start, prev.End);
            if (!pc.Exists(c => c.Role == "CONTINUE")) break;
        }
        return null;
    }

    /// <summary>
    /// The event's date value (TIMEX): the governing time's value (date part of a clock time), or, when
    /// there is none and <paramref name="publishedFallback"/> is set, the publication date.
    /// </summary>
    public static string? EventDate(Document doc, TextSpan clause, TextSpan? trigger = null, bool publishedFallback = false)
    {
        var t = GoverningTime(doc, clause, trigger);
        if (t != null)
        {
            var v = t.Value;
            if (t.Kind == TimeKinds.Time && v.IndexOf('T') is > 0 and var i) v = v[..i];
            return v;
        }
        return publishedFallback && doc.Published is DateOnly p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    static TimeExpression? Best(Document doc, string folded, string? lang, IEnumerable<TimeExpression> times, (int Start, int End) sent,
        TextSpan clause, TextSpan? trigger, int focus, bool last)
    {
        var cues = FindCues(doc.Text, folded, lang, sent.Start, sent.End);
        TimeExpression? best = null;
        long bestScore = long.MaxValue;
        foreach (var t in times)
        {
            if (t.Start < sent.Start || t.End > sent.End) continue;
            if (t.Kind is not (TimeKinds.Date or TimeKinds.Time)) continue;
            if (t.Value.StartsWith("XXXX-XX-XX", StringComparison.Ordinal)) continue; // says nothing about the day
            if (NotDating(doc.Text, cues, t)) continue;
            if (trigger is TextSpan tr)
            {
                if (InQuote(doc.Text, sent.Start, t.Start) != InQuote(doc.Text, sent.Start, tr.Start)) continue;
                if (Segment(doc.Text, cues, sent.End, t.Start) != Segment(doc.Text, cues, sent.End, tr.Start)) continue;
            }
            long score = last ? sent.End - t.End
                : Math.Min(Math.Abs(t.Start - focus), Math.Abs(t.End - focus));
            if (t.Start < clause.Start || t.End > clause.End) score += 1_000_000;
            if (score < bestScore) { bestScore = score; best = t; }
        }
        return best;
    }

    /// <summary>
    /// The subordinate clause holding a position: the start of the nearest BARRIER word before it whose clause
    /// (up to the next comma, semicolon or the sentence end) reaches it; -1 when in the main clause.
    /// </summary>
    static int Segment(string text, List<(int Start, int End, string Role)> cues, int sentEnd, int pos)
    {
        int seg = -1;
        foreach (var c in cues)
        {
            if (c.Role != "BARRIER" || c.Start > pos) continue;
            int stop = text.IndexOfAny([',', ';', '(', ')'], c.End);
            if (stop < 0 || stop > sentEnd) stop = sentEnd;
            if (pos < stop) seg = Math.Max(seg, c.Start);
        }
        return seg;
    }

    static bool NotDating(string text, List<(int Start, int End, string Role)> cues, TimeExpression t)
    {
        foreach (var c in cues)
        {
            // "depuis l'investiture de Trump le 20 janvier", "since the election on 5 May": the time closes the noun
            // phrase the cue governs (at most six words, no comma or clause word between)
            if (c.Role == "NOTDATINGNP" && c.End <= t.Start && t.Start - c.End <= 60 && PhraseOfCue(text.AsSpan(c.End, t.Start - c.End))) return true;
            if (c.Role is not ("NOTDATING" or "NOTDATINGNP")) continue;
            if (c.End <= t.Start && text.AsSpan(c.End, t.Start - c.End).Trim().Length == 0) return true;
            if (c.Start >= t.Start && c.End <= t.End) return true;
        }
        return false;
    }

    static readonly string[] ClauseWords = ["que", "qu'", "qu’", "qui", "lorsque", "quand", "that", "who", "which", "when", "while"];

    static bool PhraseOfCue(ReadOnlySpan<char> between)
    {
        if (between.IndexOfAny(",;:()") >= 0) return false;
        int words = 0;
        foreach (var r in between.Split(' '))
        {
            var w = between[r];
            if (w.Length == 0) continue;
            if (++words > 6) return false;
            foreach (var cw in ClauseWords) if (w.StartsWith(cw, StringComparison.OrdinalIgnoreCase) && (w.Length == cw.Length || cw.EndsWith('\'') || cw.EndsWith('’'))) return false;
        }
        return true;
    }

    static bool InQuote(string text, int from, int pos)
    {
        int depth = 0;
        bool straight = false;
        for (int i = from; i < pos && i < text.Length; i++)
        {
            char c = text[i];
            if (c is '«' or '“') depth++;
            else if (c is '»' or '”') depth = Math.Max(0, depth - 1);
            else if (c == '"') straight = !straight;
        }
        return depth > 0 || straight;
    }

    static List<(int Start, int End, string Role)> FindCues(string text, string folded, string? lang, int start, int end)
    {
        var list = new List<(int, int, string)>();
        foreach (var m in Cues.FindAll(text, folded, start, end))
        {
            var c = m.Value;
            if (c.Lang != "*" && lang != null && c.Lang != lang) continue;
            if (c.Exact && !text.AsSpan(m.Start, m.Length).Equals(c.Phrase, StringComparison.OrdinalIgnoreCase)) continue;
            list.Add((m.Start, m.End, c.Role));
        }
        return list;
    }

    // The sentences' spans of the last document dated on this thread: the Events stage asks for the governing time once
    // per event, and copying every sentence each time made the dating quadratic in the length of the text. Keyed by the
    // identity of the document's sentence array (read only by the callers here).
    [ThreadStatic] static Sentence[]? t_sentencesKey;
    [ThreadStatic] static List<(int Start, int End)>? t_sentenceSpans;

    static List<(int Start, int End)> SentenceSpans(System.Collections.Immutable.ImmutableArray<Sentence> sentences)
    {
        var key = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(sentences);
        if (key is not null && ReferenceEquals(key, t_sentencesKey) && t_sentenceSpans is { } cached) return cached;
        var spans = new List<(int Start, int End)>(sentences.Length);
        foreach (var s in sentences) spans.Add((s.Start, s.End));
        (t_sentencesKey, t_sentenceSpans) = (key, spans);
        return spans;
    }

    static int SentenceOf(List<(int Start, int End)> sents, int pos)
    {
        for (int i = 0; i < sents.Count; i++)
            if (pos >= sents[i].Start && pos < sents[i].End) return i;
        for (int i = sents.Count - 1; i >= 0; i--)
            if (sents[i].Start <= pos) return i;
        return -1;
    }
}
