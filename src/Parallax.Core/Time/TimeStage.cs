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
        ImmutableArray<Sentence> sentences = default) => Extract(text, published, language, sentences, TimeOptions.Default);

    /// <summary>Finds the time expressions of a text with the given conventions and reference clock time.</summary>
    public static ImmutableArray<TimeExpression> Extract(string text, DateOnly? published, string? language,
        ImmutableArray<Sentence> sentences, TimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(text)) return [];
        var lang = NormaliseLanguage(language);
        var folded = TimeFold.Fold(text);
        var toks = TimeLexicon.Tokenize(text, folded);
        var lattice = TimeLexicon.Default.BuildLattice(text, folded, toks, lang);
        var sents = sentences.IsDefaultOrEmpty ? SplitSentences(text) : sentences.Select(s => (s.Start, s.End)).ToList();

        var result = ImmutableArray.CreateBuilder<TimeExpression>();
        DateOnly? narrative = null;
        int? narrativeYear = null;
        int narrativeSentence = -10;
        DateOnly? lastDay = null;
        (int Year, int Month)? period = null;
        int periodSentence = -10;
        var bareClocks = new HashSet<(int Start, int End)>();
        HashSet<(int Start, int End)>? weak = null;
        HashSet<(int Start, int End)>? listed = null;
        List<(int Start, int End, string Weekday)>? habitual = null;
        var cueCache = new Dictionary<int, List<(int Pos, int Dir)>>();
        TimeGrammar.Default.MatchAll(folded, toks, lattice, m =>
        {
            int start = toks[m.SpanTokStart].Start, end = toks[m.SpanTokEnd - 1].End;
            // a part of a word or a number is not a time: "~3am3io" in a URL, "37.1 in the morning"
            if (GluedToWord(text, start, end)) return false;
            // an amount is not a time: "$12 December 27" is 27 December, "€ 5 in 2020" no fifth
            if (AfterCurrency(text, folded, lang, start)) return false;
            // "29/2" read only when it is the whole line: elsewhere a bare number pair is no date ("24/7")
            if (m.Rule.Action == "linedm" && !WholeLine(text, start, end)) return false;
            int si = SentenceIndex(sents, start);
            int tense = Tense(text, folded, toks, sents, si, m, lang, cueCache);
            var cx = new ResolveContext
            {
                Anchor = published,
                Narrative = narrative,
                LastDay = lastDay,
                NarrativeYear = narrativeYear,
                // the narrative date sets the year of a bare day-month in its own sentence, or in the next
                // sentence when that one goes on in the past ("Le 12 février 2022, … Le 14 février, il a …")
                NarrativeNear = narrative != null && (si == narrativeSentence || (si - narrativeSentence == 1 && tense < 0)),
                NarrativePeriod = period != null && periodSentence > narrativeSentence &&
                                  (si == periodSentence || (si - periodSentence == 1 && tense <= 0)) ? period : null,
                Tense = tense,
                Language = lang,
                Options = options,
            };
            Resolved? r;
            try { r = TimeResolver.Resolve(m, cx); }
            catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException or FormatException)
            {
                r = null; // "dans 100 000 ans", "le 45/13/2025": nothing sensible to say
            }
            if (r is not Resolved res) return m.Rule.Action == "skip"; // a skip rule consumes its words
            // the last day the text named anchors "le lendemain" ("Le 6 juin, … Le surlendemain"); only a full date
            // with its year (or a date counted from one) sets the year of the day-months that follow
            if (res.FullDate is DateOnly ld && res.Kind == TimeKinds.Date) lastDay = ld;
            if (res.FullDate is DateOnly fd && (res.Explicit || m.Rule.Action == "reln"))
            {
                narrative = fd;
                narrativeSentence = si;
            }
            if (res.Explicit && res.Value.Length >= 4 && int.TryParse(res.Value.AsSpan(0, 4), out int ey))
            {
                narrativeYear = ey;
                // a month or a year written out ("En décembre 2023", "En 2022") sets the year of the day-months after it
                if (res.FullDate == null && res.Kind == TimeKinds.Date)
                {
                    if (res.Value.Length == 4) { period = (ey, 0); periodSentence = si; }
                    else if (res.Value.Length == 7 && res.Value[4] == '-' && int.TryParse(res.Value.AsSpan(5, 2), out int em)) { period = (ey, em); periodSentence = si; }
                }
            }
            if (m.Rule.Action == "time") bareClocks.Add((start, end));
            if (m.Rule.Action == "weak") (weak ??= []).Add((start, end));
            if (m.Rule.Action is "listyear" or "listdm") (listed ??= []).Add((start, end));
            if (m.Rule.Action == "weekday" && m.HasLiteral("le") && m.First("DAYPART") == null && m.First("DIR") == null && m.First("DIRPOST") == null)
                (habitual ??= []).Add((start, end, m.First("WEEKDAY")!.Value));
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
            return true;
        });
        var composed = Compose(text, folded, lang, result, published, options);
        // a second pass joins what the first one built: "Monday morning" + "from 10am to 12pm"
        if (composed.Length > 1) composed = Compose(text, folded, lang, composed.ToBuilder(), published, options);
        // a bare hour the composition did not join to a day is not a time ("at 4", "10,")
        // (under BareUnits, as the suite reads it, one right after a month or a year is its clock time: "next year at 6")
        if (weak != null)
        {
            var all = composed;
            composed = composed.RemoveAll(t => t.Kind == TimeKinds.Time && weak.Contains((t.Start, t.End)) &&
                                               !(options.BareUnits && AfterPeriod(text, all, t)));
        }
        if (listed != null) composed = Listed(text, folded, lang, composed, listed);
        if (habitual != null) composed = Habits(composed, habitual, sents);
        composed = composed.RemoveAll(t => GluedToCode(text, t.Start, t.End));
        return bareClocks.Count == 0 ? composed : DateBareClocks(text, composed, bareClocks, sents);
    }

    /// <summary>True when a year or month ("next year", "in May") ends right before the clock time, blanks between.</summary>
    static bool AfterPeriod(string text, ImmutableArray<TimeExpression> times, TimeExpression clock)
    {
        foreach (var u in times)
        {
            if (u.End > clock.Start || u.Kind != TimeKinds.Date || u.Value.Length is not (4 or 7)) continue;
            if (text.AsSpan(u.End, clock.Start - u.End).IsWhiteSpace()) return true;
        }
        return false;
    }

    /// <summary>True when nothing but blanks and closing punctuation stand between the span and its line's ends.</summary>
    static bool WholeLine(string text, int start, int end)
    {
        for (int i = start - 1; i >= 0 && text[i] != '\n'; i--) if (!char.IsWhiteSpace(text[i])) return false;
        for (int i = end; i < text.Length && text[i] != '\n'; i++) if (!char.IsWhiteSpace(text[i]) && text[i] is not ('.' or '!' or '?')) return false;
        return true;
    }

    /// <summary>
    /// A year read as a member of a list ("sales in 2007 and 2009", "before 2000 but not 1998") is kept only right after
    /// another date, with only LISTJOIN words between them; elsewhere "and 2009" is an amount as often as a year.
    /// </summary>
    static ImmutableArray<TimeExpression> Listed(string text, string folded, string? lang, ImmutableArray<TimeExpression> list, HashSet<(int Start, int End)> listed)
    {
        var b = ImmutableArray.CreateBuilder<TimeExpression>(list.Length);
        TimeExpression? prev = null;
        foreach (var t in list)
        {
            if (listed.Contains((t.Start, t.End)) &&
                !(prev != null && prev.Kind == TimeKinds.Date && prev.End < t.Start && OnlyWords(text, folded, lang, prev.End, t.Start, "LISTJOIN")))
                continue;
            b.Add(t);
            prev = t;
        }
        return b.Count == list.Length ? list : b.ToImmutable();
    }

    /// <summary>
    /// True when a match is glued to a word before it ("mar4", "sy18"), to a long run of letters and digits after it
    /// ("~.~3am3ioYcY0K" in a URL), or starts after a decimal point ("37.1 in the morning"): part of a word, an
    /// identifier or a number, not a time.
    /// </summary>
    internal static bool GluedToWord(string text, int start, int end)
    {
        // a word of two letters or more right before ("mar4", "sy18"; not the "T" of "T12h34")
        if (start > 1 && char.IsLetter(text[start - 1]) && char.IsLetter(text[start - 2]) && char.IsDigit(text[start])) return true;
        // a long run of letters and digits right after ("3am3ioYcY0KBuf…"; not the "30s" of "12h23min30s")
        if (end < text.Length && char.IsLetterOrDigit(text[end - 1]) && char.IsDigit(text[end]))
        {
            int k = end;
            while (k < text.Length && char.IsLetterOrDigit(text[k])) k++;
            if (k - end >= 5) return true;
        }
        return start >= 2 && char.IsDigit(text[start]) && text[start - 1] == '.' && char.IsDigit(text[start - 2]);
    }

    /// <summary>
    /// True when an expression is joined by a dash, slash or point to a digit that begins or ends it ("+86
    /// 138-2010-2015", "123-12-1234", "133-03-03-2020", "a BUN/Cr of 30/4.85"): a phone number, an identifier, a
    /// ratio. Checked after composition, so that a range of numeric dates ("10/1/2018-10/7/2018") is whole first.
    /// </summary>
    internal static bool GluedToCode(string text, int start, int end)
    {
        if (start >= 2 && char.IsDigit(text[start]) && text[start - 1] is '-' or '/' or '.' && char.IsDigit(text[start - 2])) return true;
        return end + 1 < text.Length && char.IsDigit(text[end - 1]) && text[end] is '-' or '/' or '.' && char.IsDigit(text[end + 1]);
    }

    /// <summary>
    /// "le dimanche" in a sentence about a recurrence ("Le journal paraît tous les jours sauf le dimanche", "Le
    /// Parlement se réunit chaque semaine le mercredi") is a habit too: a set, not the last or next Sunday.
    /// </summary>
    static ImmutableArray<TimeExpression> Habits(ImmutableArray<TimeExpression> list, List<(int Start, int End, string Weekday)> candidates,
        List<(int Start, int End)> sents)
    {
        ImmutableArray<TimeExpression>.Builder? b = null;
        for (int i = 0; i < list.Length; i++)
        {
            var t = list[i];
            if (t.Kind != TimeKinds.Date) continue;
            foreach (var (s, e, w) in candidates)
            {
                if (s != t.Start || e != t.End) continue;
                int si = SentenceIndex(sents, t.Start);
                bool recurrence = false;
                foreach (var o in list) if (o.Kind == TimeKinds.Set && SentenceIndex(sents, o.Start) == si) { recurrence = true; break; }
                if (!recurrence) break;
                b ??= list.ToBuilder();
                b[i] = t with { Kind = TimeKinds.Set, Value = "XXXX-WXX-" + w, Conflict = null };
                break;
            }
        }
        return b?.ToImmutable() ?? list;
    }

    /// <summary>
    /// A clock time with no day of its own ("à 14 h") in a sentence that names exactly one day ("Samedi, les
    /// manifestants se rassembleront place de la République à 14 h") is on that day, not on the publication date.
    /// </summary>
    static ImmutableArray<TimeExpression> DateBareClocks(string text, ImmutableArray<TimeExpression> list, HashSet<(int Start, int End)> bare,
        List<(int Start, int End)> sents)
    {
        ImmutableArray<TimeExpression>.Builder? b = null;
        for (int i = 0; i < list.Length; i++)
        {
            var t = list[i];
            if (t.Kind != TimeKinds.Time || !bare.Contains((t.Start, t.End))) continue;
            int si = SentenceIndex(sents, t.Start);
            string? day = null;
            bool several = false;
            foreach (var o in list)
            {
                if (ReferenceEquals(o, t) || SentenceIndex(sents, o.Start) != si || o.Kind is not (TimeKinds.Date or TimeKinds.Time)) continue;
                // not across a semicolon: another clause, maybe another day
                int lo = Math.Min(o.End, t.End), hi = Math.Max(o.Start, t.Start);
                if (hi > lo && text.AsSpan(lo, hi - lo).Contains(';')) continue;
                string d;
                if (o.Kind == TimeKinds.Date && DayValue.IsMatch(o.Value) && char.IsDigit(o.Value[0])) d = o.Value.Length > 10 ? o.Value[..10] : o.Value;
                else if (o.Kind == TimeKinds.Time && bare.Contains((o.Start, o.End))) continue; // another bare clock: no day
                else { several = true; break; }                                          // a range, a month, a dated time…
                if (day != null && day != d) { several = true; break; }
                day = d;
            }
            if (several || day == null) continue;
            int ti = t.Value.IndexOf('T');
            if (ti < 0 || t.Value[..ti] == day) continue;
            b ??= list.ToBuilder();
            b[i] = t with { Value = day + t.Value[ti..] };
        }
        return b?.ToImmutable() ?? list;
    }

    static readonly System.Text.RegularExpressions.Regex IsoWeekValue =
        new(@"^\d{4}-W\d\d$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    static readonly System.Text.RegularExpressions.Regex DayValue =
        new(@"^(?:(?:\d{4}|XXXX)-\d\d-\d\d|XXXX-WXX-\d)(?:T[A-Z]{2})?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Composition of neighbouring expressions: a day and a clock time joined by JOIN words ("le 12 février
    /// à 18 h", "tomorrow at 6 p.m.", "9h le mardi") become one date-time; two clock times joined by a
    /// RANGETO word after a RANGEFROM word ("de 14 h à 16 h", "between 4pm and 5pm", "from 10/1/2018 to
    /// 10/7/2018") become a range; so do two of the same precision joined by a dash ("10am-noon").
    /// </summary>
    static ImmutableArray<TimeExpression> Compose(string text, string folded, string? lang, ImmutableArray<TimeExpression>.Builder list, DateOnly? published,
        TimeOptions options)
    {
        var lex = TimeLexicon.Default;
        var outList = ImmutableArray.CreateBuilder<TimeExpression>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var a = list[i];
            if (i + 1 < list.Count)
            {
                var b = list[i + 1];
                TimeExpression? merged = null;
                bool sameGrain = (a.Kind == TimeKinds.Time && b.Kind == TimeKinds.Time) ||
                                 (a.Kind == TimeKinds.Date && b.Kind == TimeKinds.Date && !a.Value.Contains('/') && !b.Value.Contains('/') &&
                                  a.Value.Length == b.Value.Length && char.IsDigit(a.Value[0]) && char.IsDigit(b.Value[0]));
                if (sameGrain && RangeJoined(text, folded, lang, a, b, out int from))
                    merged = a with { Start = from, End = b.End, Text = text[from..b.End], Value = a.Kind == TimeKinds.Time ? ClockRange(a, b, published) : a.Value + "/" + WeekdayAfter(text, folded, lang, a, b), Conflict = a.Conflict ?? b.Conflict };
                else if (OpenRange(text, folded, lang, a, b, published) is { } open)
                    merged = open;
                else if (OnlyWords(text, folded, lang, a.End, b.Start, "JOIN"))
                {
                    if (a.Kind == TimeKinds.Date && DayValue.IsMatch(a.Value) && b.Kind == TimeKinds.Time &&
                        !(options.HolidayApartFromTime && HasCategory(text, folded, lang, a, "HOLIDAY")))
                        merged = DateTime(text, a, b, a, b, published);
                    else if (a.Kind == TimeKinds.Time && b.Kind == TimeKinds.Date && DayValue.IsMatch(b.Value))
                        merged = DateTime(text, a, b, b, a, published);
                }
                // "3 days from tomorrow", "two weeks before May 13 1999", "2 weeks after January 15": a day counted from a day;
                // after a DURPREP word ("for 3 days from today") the duration runs from that day: a range
                if (merged == null && a.Kind == TimeKinds.Duration && b.Kind is TimeKinds.Date && a.Modifier is null or "more_than" &&
                    Offset(text, folded, lang, a, b) is int sign && ShiftDay(b.Value, a.Value, sign) is string shifted)
                    merged = b with
                    {
                        Start = a.Start, Text = text[a.Start..b.End],
                        Value = sign > 0 && b.Value.Length == 10 && StartsWith(text, folded, lang, a, "DURPREP") ? b.Value + "/" + shifted : shifted,
                    };
                // "2 weeks and 2 days ago", "2 years 1 month 21 days later": a counted day whose duration has several parts,
                // counted from the publication day with the whole duration (largest unit first), at the precision of the last part
                // ("3 years and 4 months ago" is a month under the news conventions)
                if (merged == null && a.Kind == TimeKinds.Duration && a.Modifier == null && b.Kind == TimeKinds.Date && published is DateOnly pub &&
                    b.Value.Length is 10 or 7 && CalendarValue.IsMatch(b.Value) && OnlyWords(text, folded, lang, a.End, b.Start, "DURJOIN") &&
                    TrailingSign(text, folded, lang, b, out int signAt) is int bs &&
                    Extract(text[b.Start..signAt], null, lang, default, TimeOptions.Default) is { Length: 1 } inner &&
                    inner[0].Kind == TimeKinds.Duration && inner[0].Modifier == null &&
                    TimeResolver.AddDurations(a.Value, inner[0].Value) is string total &&
                    ShiftDay(pub.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), total, bs) is string counted)
                    merged = b with { Start = a.Start, Text = text[a.Start..b.End], Value = counted[..b.Value.Length] };
                // "Monday two weeks from now", "two months from today on Tuesday", "3 weeks after Christmas on Friday": the
                // weekday of the week the counted day falls in
                if (merged == null && a.Kind == TimeKinds.Date && b.Kind == TimeKinds.Date && OnlyWords(text, folded, lang, a.End, b.Start, "JOIN"))
                {
                    if (WeekdayWord(text, folded, lang, a) is int wa && Counted(text, folded, lang, b) && WeekdayInWeek(b.Value, wa, options) is string va)
                        merged = b with { Start = a.Start, Text = text[a.Start..b.End], Value = va };
                    else if (WeekdayWord(text, folded, lang, b) is int wb && Counted(text, folded, lang, a) && WeekdayInWeek(a.Value, wb, options) is string vb)
                        merged = a with { End = b.End, Text = text[a.Start..b.End], Value = vb };
                }
                // "the 1st week of Oct. on Friday", "la semaine 12, le mardi": that weekday of the week
                if (merged == null && a.Kind == TimeKinds.Date && b.Kind == TimeKinds.Date && IsoWeekValue.IsMatch(a.Value) &&
                    OnlyWords(text, folded, lang, a.End, b.Start, "JOIN") && WeekdayWord(text, folded, lang, b) is int wk)
                {
                    var ci = System.Globalization.CultureInfo.InvariantCulture;
                    var monday = DateOnly.FromDateTime(System.Globalization.ISOWeek.ToDateTime(int.Parse(a.Value.AsSpan(0, 4), ci), int.Parse(a.Value.AsSpan(6, 2), ci), DayOfWeek.Monday));
                    merged = a with { End = b.End, Text = text[a.Start..b.End], Value = monday.AddDays(wk - 1).ToString("yyyy-MM-dd", ci) };
                }
                // "the last 3 months and 2 weeks" (a counted period up to the publication day, calendar conventions): the
                // period reaches back the further duration; "the next 2 days and 5 hours" reaches forward
                if (merged == null && a.Kind == TimeKinds.Date && b.Kind == TimeKinds.Duration && b.Modifier == null && published is DateOnly pd &&
                    a.Value.Length == 21 && a.Value[10] == '/' && OnlyWords(text, folded, lang, a.End, b.Start, "DURJOIN"))
                {
                    var ci = System.Globalization.CultureInfo.InvariantCulture;
                    string s0 = a.Value[..10], s1 = a.Value[11..];
                    if (s1 == pd.ToString("yyyy-MM-dd", ci) && ShiftDay(s0, b.Value, -1) is string back)
                        merged = a with { End = b.End, Text = text[a.Start..b.End], Value = back + "/" + s1 };
                    else if (s0 == pd.AddDays(1).ToString("yyyy-MM-dd", ci) && ShiftDay(s1, b.Value, 1) is string fwd)
                        merged = a with { End = b.End, Text = text[a.Start..b.End], Value = s0 + "/" + fwd };
                }
                // "1 hour and 30 minutes", "5 years 1 month", "une heure et quart": one duration
                if (merged == null && a.Kind == TimeKinds.Duration && b.Kind == TimeKinds.Duration && b.Modifier == null &&
                    OnlyWords(text, folded, lang, a.End, b.Start, "DURJOIN") && TimeResolver.AddDurations(a.Value, b.Value) is string sum)
                    merged = a with { End = b.End, Text = text[a.Start..b.End], Value = sum };
                if (merged != null)
                {
                    list[i + 1] = merged; // it may join the next one too ("5 years 1 month 12 days")
                    continue;
                }
            }
            outList.Add(a);
        }
        return outList.ToImmutable();
    }

    static readonly System.Text.RegularExpressions.Regex CalendarValue =
        new(@"^\d{4}(?:-\d\d(?:-\d\d)?)?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// A range between dates of different precision, or between a date and now: "from 2014 through May 2018",
    /// "between Jan 2019 and today", "from March to date", "between now and November 15th", "from 2007 to the end of
    /// 2008". The ends keep their own precision (2019-01/2020-04-26); "now" is the publication day. It needs a
    /// RANGEFROM word before the first, or a RANGETO word between them other than "and"/"et"/a dash, and the ends in
    /// order; null otherwise.
    /// </summary>
    static TimeExpression? OpenRange(string text, string folded, string? lang, TimeExpression a, TimeExpression b, DateOnly? published)
    {
        string? End(TimeExpression t) =>
            t.Kind == TimeKinds.Date && CalendarValue.IsMatch(t.Value) ? t.Value
            : t.Kind == TimeKinds.Vague && t.Value == "PRESENT_REF" && published is DateOnly p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        if (a.Kind == TimeKinds.Vague && b.Kind == TimeKinds.Vague) return null;
        if (End(a) is not string av || End(b) is not string bv || (av.Length == bv.Length && a.Kind == b.Kind)) return null;
        int k = Math.Min(av.Length, bv.Length);
        // a month without its year in a range that ends now starts before now ("from April to date"); one in a range
        // that starts now comes after it ("between now and March")
        if (string.CompareOrdinal(av[..k], bv[..k]) > 0)
        {
            if (b.Kind == TimeKinds.Vague && av.Length == 7 && !a.Text.Any(char.IsDigit)) av = ShiftYear(av, -1);
            else if (a.Kind == TimeKinds.Vague && bv.Length == 7 && !b.Text.Any(char.IsDigit)) bv = ShiftYear(bv, 1);
            else return null;
            if (string.CompareOrdinal(av[..k], bv[..k]) > 0) return null;
        }
        if (!RangeJoined(text, folded, lang, a, b, out int from) || from == a.Start)
        {
            // no RANGEFROM word: the joiner must say "up to" ("2014 through May 2018"), not "and" or a dash
            from = a.Start;
            var gap = folded.AsSpan(a.End, Math.Max(0, b.Start - a.End)).Trim();
            if (gap.Length == 0 || gap is "-" or "and" or "et" or "~" || !OnlyWords(text, folded, lang, a.End, b.Start, "RANGETO")) return null;
        }
        return a with
        {
            Start = from, End = b.End, Text = text[from..b.End], Kind = TimeKinds.Date, Value = av + "/" + bv,
            Approx = false, Modifier = null, Conflict = a.Conflict ?? b.Conflict,
        };
    }

    static string ShiftYear(string yearMonth, int by) =>
        (int.Parse(yearMonth.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture) + by).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + yearMonth[4..];

    static TimeExpression DateTime(string text, TimeExpression first, TimeExpression last, TimeExpression date, TimeExpression time, DateOnly? published)
    {
        var d = date.Value;
        int t = d.IndexOf('T');
        var part = t > 0 ? d[t..] : "";
        if (t > 0) d = d[..t];
        // a part of the publication day after a time that has its own day ("Sunday at 8:00" + "early morning"): that day
        int tt = time.Value.IndexOf('T');
        if (part.Length > 0 && published is DateOnly pd && d == pd.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) &&
            tt == 10 && !time.Value.Contains('/') && time.Value[..tt] != d && DayValue.IsMatch(time.Value[..tt]))
            d = time.Value[..tt];
        // an hour without am/pm in an afternoon, evening or night ("tomorrow evening at 7", "next evening from 7 to 9")
        bool shift = part is "TAF" or "TEV" or "TNI" && !AmPmWritten.IsMatch(time.Text);
        // a range of clock times ("3pm to 4pm tomorrow") takes the day on both ends
        var value = string.Join('/', time.Value.Split('/').Select(v => v.IndexOf('T') is int ti and >= 0 ? d + (shift ? AfterNoon(v[ti..], part) : v[ti..]) : v));
        return new TimeExpression
        {
            Start = first.Start, End = last.End, Text = text[first.Start..last.End], Kind = TimeKinds.Time,
            Value = value, Approx = time.Approx, Modifier = time.Modifier, Conflict = date.Conflict ?? time.Conflict,
        };
    }

    /// <summary>
    /// Two clock times joined into a range: the end on the publication day (no day of its own) takes the start's ("Monday 1pm to 3pm",
    /// "between 2:00 tomorrow and 4:00"), and a start without am/pm takes the end's pm when that keeps them in order
    /// ("2:00 - 2:30 pm", "9:30 and 3:00 pm" stays 09:30).
    /// </summary>
    static string ClockRange(TimeExpression a, TimeExpression b, DateOnly? published)
    {
        string av = a.Value, bv = b.Value;
        int ta = av.IndexOf('T'), tb = bv.IndexOf('T');
        if (ta < 0 || tb < 0 || av.Contains('/') || bv.Contains('/')) return av + "/" + bv;
        string ad = av[..ta], bd = bv[..tb];
        string pub = published is DateOnly p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "XXXX-XX-XX";
        if (bd != ad && bd == pub) bv = ad + bv[tb..];
        if (bv.Length >= tb + 3 && av.Length >= ta + 3 && int.TryParse(av.AsSpan(ta + 1, 2), out int ha) && int.TryParse(bv.AsSpan(tb + 1, 2), out int hb) &&
            ha < 12 && hb >= 12 && !AmPmWritten.IsMatch(a.Text) && PmWritten.IsMatch(b.Text))
        {
            int h2 = ha + 12;
            int ma = av.Length >= ta + 6 && int.TryParse(av.AsSpan(ta + 4, 2), out int x) ? x : 0;
            int mb = bv.Length >= tb + 6 && int.TryParse(bv.AsSpan(tb + 4, 2), out int y) ? y : 0;
            if (h2 * 60 + ma < hb * 60 + mb) av = av[..(ta + 1)] + h2.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + av[(ta + 3)..];
        }
        return av + "/" + bv;
    }

    static readonly System.Text.RegularExpressions.Regex PmWritten =
        new(@"\d\s*p\.?\s*m\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    static readonly System.Text.RegularExpressions.Regex AmPmWritten =
        new(@"\d\s*[ap]\.?\s*m\b|matin|morning|midi|noon|minuit|midnight", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>"T07:00" in the evening is "T19:00" (1-11 in an afternoon or evening, 6-11 at night).</summary>
    static string AfterNoon(string clock, string part)
    {
        if (clock.Length < 3 || !int.TryParse(clock.AsSpan(1, 2), out int h)) return clock;
        bool pm = part == "TNI" ? h is >= 6 and < 12 : h is >= 1 and < 12;
        return pm ? "T" + (h + 12).ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + clock[3..] : clock;
    }

    /// <summary>
    /// +1 or -1 when a duration counts from the day after it: an OFFSET word between them ("3 days from tomorrow",
    /// "deux semaines après le 15 janvier"), or a LATER word that ends the duration ("2 weeks before May 13").
    /// </summary>
    static int? Offset(string text, string folded, string? lang, TimeExpression a, TimeExpression b)
    {
        var lex = TimeLexicon.Default;
        int gs = a.End, ge = b.Start;
        while (gs < ge && char.IsWhiteSpace(folded[gs])) gs++;
        while (ge > gs && char.IsWhiteSpace(folded[ge - 1])) ge--;
        if (ge > gs)
            return ge - gs <= 20 && lex.ValueOf("OFFSET", text, gs, ge, folded, lang) is string v ? (v == "-" ? -1 : 1) : null;
        // the duration's last word
        int e = a.End, s = e;
        while (s > a.Start && (TextFold.IsWordChar(folded[s - 1]) || folded[s - 1] == '\'')) s--;
        return s < e && lex.ValueOf("OFFSET", text, s, e, folded, lang) is string w ? (w == "-" ? -1 : 1) : null;
    }

    /// <summary>
    /// The end of a range of days when it is a weekday name alone: the first such weekday on or after the start ("from
    /// next Monday to Friday" is that week's Friday, not the Friday before the Monday); any other end as it is.
    /// </summary>
    static string WeekdayAfter(string text, string folded, string? lang, TimeExpression a, TimeExpression b)
    {
        if (b.Value.Length != 10 || a.Value.Length < 10 || WeekdayWord(text, folded, lang, b) is not int w) return b.Value;
        var ci = System.Globalization.CultureInfo.InvariantCulture;
        if (!DateOnly.TryParseExact(a.Value.AsSpan(0, 10), "yyyy-MM-dd", ci, System.Globalization.DateTimeStyles.None, out var da) ||
            !DateOnly.TryParseExact(b.Value, "yyyy-MM-dd", ci, System.Globalization.DateTimeStyles.None, out var db) || db >= da) return b.Value;
        return da.AddDays((w - TimeResolver.IsoDow(da) + 7) % 7).ToString("yyyy-MM-dd", ci);
    }

    /// <summary>The ISO weekday of an expression that is a weekday name alone ("Monday", "on Friday"), or null.</summary>
    static int? WeekdayWord(string text, string folded, string? lang, TimeExpression t)
    {
        int s = t.Start, e = t.End;
        // a preposition that introduces a day ("on Friday": WDPREP in words.tsv) is left out
        int w = s;
        while (w < e && TextFold.IsWordChar(folded[w])) w++;
        if (w < e && folded[w] == ' ' && TimeLexicon.Default.Is("WDPREP", text, s, w, folded, lang)) s = w + 1;
        return TimeLexicon.Default.ValueOf("WEEKDAY", text, s, e, folded, lang) is string v ? int.Parse(v, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>True when a phrase of the category starts at one of the expression's words ("Easter Monday": HOLIDAY).</summary>
    static bool HasCategory(string text, string folded, string? lang, TimeExpression t, string cat)
    {
        var lex = TimeLexicon.Default;
        for (int i = t.Start; i < t.End;)
        {
            if (!TextFold.IsWordChar(folded[i])) { i++; continue; }
            for (int j = i; j < t.End;)
            {
                while (j < t.End && TextFold.IsWordChar(folded[j])) j++;
                if (lex.Is(cat, text, i, j, folded, lang)) return true;
                while (j < t.End && !TextFold.IsWordChar(folded[j])) j++;
            }
            while (i < t.End && TextFold.IsWordChar(folded[i])) i++;
        }
        return false;
    }

    /// <summary>True when a number starts at <paramref name="start"/> right after a CURRENCY sign (words.tsv), a space allowed.</summary>
    static bool AfterCurrency(string text, string folded, string? lang, int start)
    {
        if (start == 0 || !char.IsDigit(text[start])) return false;
        int i = start - 1;
        if (i > 0 && text[i] == ' ') i--;
        return !char.IsLetterOrDigit(text[i]) && TimeLexicon.Default.Is("CURRENCY", text, i, i + 1, folded, lang);
    }

    /// <summary>True when the expression opens with a word of the category ("for 3 days").</summary>
    static bool StartsWith(string text, string folded, string? lang, TimeExpression t, string cat)
    {
        int j = t.Start;
        while (j < t.End && TextFold.IsWordChar(folded[j])) j++;
        return j > t.Start && TimeLexicon.Default.Is(cat, text, t.Start, j, folded, lang);
    }

    /// <summary>
    /// The sign of an AGO or LATER word (one or two words: "ago", "later", "from now") that ends the expression, with
    /// where that word starts; null when it ends otherwise.
    /// </summary>
    static int? TrailingSign(string text, string folded, string? lang, TimeExpression t, out int at)
    {
        var lex = TimeLexicon.Default;
        int e = t.End;
        at = e;
        for (int words = 1; words <= 2; words++)
        {
            int s = at;
            while (s > t.Start && char.IsWhiteSpace(folded[s - 1])) s--;
            int w = s;
            while (w > t.Start && TextFold.IsWordChar(folded[w - 1])) w--;
            if (w == s || w == t.Start) return null;
            at = w;
            var v = lex.ValueOf("AGO", text, w, e, folded, lang) ?? lex.ValueOf("LATER", text, w, e, folded, lang);
            if (v != null) return v == "-" ? -1 : 1;
        }
        return null;
    }

    /// <summary>True for a day counted from another ("two weeks from now", "3 weeks after Christmas"): a day value whose text holds an OFFSET or AGO word.</summary>
    static bool Counted(string text, string folded, string? lang, TimeExpression t)
    {
        if (t.Value.Length != 10 || !char.IsDigit(t.Value[0])) return false;
        var lex = TimeLexicon.Default;
        for (int i = t.Start; i < t.End;)
        {
            if (!TextFold.IsWordChar(folded[i])) { i++; continue; }
            int j = i;
            while (j < t.End && TextFold.IsWordChar(folded[j])) j++;
            if (lex.Is("OFFSET", text, i, j, folded, lang)) return true;
            // "from now": the two words
            int k = j;
            while (k < t.End && folded[k] == ' ') k++;
            int l = k;
            while (l < t.End && TextFold.IsWordChar(folded[l])) l++;
            if (l > k && lex.Is("AGO", text, i, l, folded, lang)) return true;
            if (lex.Is("AGO", text, i, j, folded, lang)) return true;
            i = j;
        }
        return false;
    }

    /// <summary>
    /// The given weekday in the week of a day value: ISO weeks (Monday first), or under the calendar conventions
    /// (<see cref="TimeOptions.WeekdayOfNextWeek"/>) weeks from Sunday, as the calendar assistants count them.
    /// </summary>
    static string? WeekdayInWeek(string day, int weekday, TimeOptions options)
    {
        if (!DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var d)) return null;
        int dow = TimeResolver.IsoDow(d);
        DateOnly r = options.WeekdayOfNextWeek
            ? d.AddDays(-(dow % 7) + weekday % 7)
            : d.AddDays(weekday - dow);
        return r.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A day value ("2018-05-31", with or without a part of the day) moved by a duration of Y/M/W/D, or null.</summary>
    static string? ShiftDay(string day, string duration, int sign)
    {
        if (day.Length < 10 || !DateOnly.TryParseExact(day[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var d)) return null;
        var p = TimeResolver.ParseDuration(duration);
        if (p == null || p[4] != 0 || p[5] != 0 || p[6] != 0) return null;
        foreach (var x in p) if (x != Math.Floor(x)) return null;
        d = d.AddYears(sign * (int)p[0]).AddMonths(sign * (int)p[1]).AddDays(sign * (int)(p[2] * 7 + p[3]));
        return d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True when [start, end) holds only words of the category and commas.</summary>
    static bool OnlyWords(string text, string folded, string? lang, int start, int end, string cat)
    {
        if (end - start > 30) return false;
        int i = start;
        while (i < end)
        {
            char c = folded[i];
            if (c == '\n') return false; // never across a line break
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int j = i;
            if (TextFold.IsWordChar(c)) { while (j < end && (TextFold.IsWordChar(folded[j]) || folded[j] == '\'')) j++; }
            else j = i + 1;
            if (!TimeLexicon.Default.Is(cat, text, i, j, folded, lang)) return false;
            i = j;
        }
        return true;
    }

    static bool RangeJoined(string text, string folded, string? lang, TimeExpression a, TimeExpression b, out int from)
    {
        from = a.Start;
        // the joiner is the gap, or the first word of b when b opens with it ("de 14h à 16h")
        int gs = a.End, ge = b.Start;
        var gap = folded.AsSpan(gs, ge - gs).Trim();
        if (gap.Length == 0)
        {
            int k = b.Start;
            while (k < b.End && TextFold.IsWordChar(folded[k])) k++;
            if (k == b.Start) return false;
            gs = b.Start; ge = k;
        }
        if (!OnlyWords(text, folded, lang, gs, ge, "RANGETO") || folded.AsSpan(gs, ge - gs).Trim().Length == 0) return false;
        bool dash = folded.AsSpan(gs, ge - gs).Trim() is "-" && ge - gs <= 3;
        // a RANGEFROM word right before a ("de", "entre", "from", "between"), or inside a's span start
        int p = a.Start - 1;
        while (p >= 0 && char.IsWhiteSpace(folded[p])) p--;
        int q = p;
        while (q >= 0 && (TextFold.IsWordChar(folded[q]) || folded[q] == '\'')) q--;
        if (p >= 0 && q < p && TimeLexicon.Default.Is("RANGEFROM", text, q + 1, p + 1, folded, lang))
        {
            // "and"/"et" joins only after an opener that takes it ("between … and", "entre … et"): "from 2015 and
            // 2016" is two years (words.tsv value "and")
            int js = gs, je = ge;
            while (js < je && char.IsWhiteSpace(folded[js])) js++;
            while (je > js && char.IsWhiteSpace(folded[je - 1])) je--;
            if (TimeLexicon.Default.ValueOf("RANGETO", text, js, je, folded, lang) == "and" &&
                TimeLexicon.Default.ValueOf("RANGEFROM", text, q + 1, p + 1, folded, lang) != "and") return false;
            from = q + 1;
            return true;
        }
        // "10am-noon": a dash right between the two is enough; so is a RANGETO word between two clock times
        // ("10am to 12pm", "14 h à 16 h")
        return dash || (a.Kind == TimeKinds.Time && b.Kind == TimeKinds.Time);
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
        foreach (var (a, b) in list)
            if (b - a > Language.SentenceSplitter.MaxSentenceChars)
                return [.. list.SelectMany(x => Language.SentenceSplitter.BoundSpan(text, x.Item1, x.Item2))];
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

    static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create(",;:()«»“”\"—–");

    /// <summary>
    /// The tense around a match: the nearest tense cue in its sentence (outside the match itself), cues in the
    /// same clause (not across a comma, semicolon, bracket, quote or dash) first.
    /// </summary>
    static int Tense(string text, string folded, List<TimeToken> toks, List<(int Start, int End)> sents, int si, RuleMatch m, string? lang,
        Dictionary<int, List<(int Pos, int Dir)>> cache)
    {
        if (!cache.TryGetValue(si, out var cues))
        {
            int sStart = si >= 0 ? sents[si].Start : 0, sEnd = si >= 0 ? sents[si].End : text.Length;
            int from = m.TokStart, to = m.TokEnd;
            while (from > 0 && toks[from - 1].Start >= sStart) from--;
            while (to < toks.Count && toks[to].End <= sEnd) to++;
            cache[si] = cues = TimeLexicon.Default.TenseCues(text, folded, toks, from, to, lang);
        }
        int ms = toks[m.TokStart].Start, me = toks[m.TokEnd - 1].End;
        int best = 0, bestDist = int.MaxValue;
        foreach (var (pos, dir) in cues)
        {
            if (pos >= ms && pos < me) continue;
            int dist = pos < ms ? ms - pos : pos - me + 1; // ties go to the cue on the left
            // a cue in the same clause (no comma, semicolon, bracket or quote between) beats a nearer one across
            int a0 = pos < ms ? pos : me, a1 = pos < ms ? ms : pos;
            if (text.AsSpan(a0, a1 - a0).IndexOfAny(ClauseMarks) >= 0) dist += 10000;
            if (dist < bestDist) { bestDist = dist; best = dir; }
        }
        return best;
    }
}
