using System.Globalization;
using System.Text;
using Parallax.Model;

namespace Parallax.Time;

/// <summary>What a rule action needs to know about where its match sits.</summary>
internal sealed class ResolveContext
{
    /// <summary>Publication date (deictic anchor), or null.</summary>
    public DateOnly? Anchor;
    /// <summary>The last full date the text gave before this match (anaphoric anchor), or null.</summary>
    public DateOnly? Narrative;
    /// <summary>The last day the text named, with or without its year (anchor of "le lendemain", "the next day").</summary>
    public DateOnly? LastDay;
    /// <summary>The year of the last explicit date or year the text gave ("that year", "cette année-là").</summary>
    public int? NarrativeYear;
    /// <summary>True when the narrative date was set in this sentence or the one before.</summary>
    public bool NarrativeNear;
    /// <summary>
    /// A month or year the text set explicitly in this sentence or the one before ("En décembre 2023, … Le 20
    /// décembre"): (year, month or 0). A day-month without year then takes its year.
    /// </summary>
    public (int Year, int Month)? NarrativePeriod;
    /// <summary>-1 past, +1 future, 0 unknown: the tense of the clause around the match.</summary>
    public int Tense;
    public string? Language;
    /// <summary>Conventions and the reference clock time.</summary>
    public TimeOptions Options = TimeOptions.Default;
}

/// <summary>The result of an action: kind, value and flags (the span comes from the match).</summary>
internal readonly record struct Resolved(string Kind, string Value, bool Approx = false, string? Modifier = null, string? Conflict = null, DateOnly? FullDate = null, bool Explicit = false);

/// <summary>
/// The semantic actions of the time grammar: each rule's action turns its captures into a TIMEX3 value,
/// using the publication date, the narrative date and the clause's tense.
/// </summary>
internal static class TimeResolver
{
    static readonly string[] WeekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    static readonly string[] MonthNames = ["", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static Resolved? Resolve(RuleMatch m, ResolveContext cx) => UnpairedJoiner(m) ? null : m.Rule.Action switch
    {
        "date" => Date(m, cx),
        "range" => Range(m, cx),
        "yrange" => YearRange(m, cx),
        "mrange" => MonthRange(m, cx),
        "nummonth" => new Resolved(TimeKinds.Date, $"{Y4((int)m.First("YEAR")!.Num)}-{D2((int)m.First("MON")!.Num)}", Explicit: true),
        "quarter" => Quarter(m, cx),
        "night" => Night(m, cx),
        "numdate" => NumDate(m, cx),
        "isodate" => IsoDate(m, cx),
        "ymd" => CompactDate(m, cx),
        "wdday" => WeekdayDay(m, cx),
        "month" => Month(m, cx),
        "year" => Year(m),
        "decade" => Decade(m),
        "season" => Season(m, cx),
        "bseason" => cx.Options.BareUnits ? Season(m, cx) : null,
        "weekday" => Weekday(m, cx),
        "relunit" => RelUnit(m, cx),
        "rel" => m.First("AMPM") is { } rp ? Rel(m.First("REL")!, cx.Anchor) is { } rr && !rr.Value.Contains('T') ? rr with { Value = rr.Value + (rp.Value == "am" ? "TMO" : "TAF") } : null : Rel(m.First("REL")!, cx.Anchor),
        "dayof" => DayOf(m, cx),
        "monthof" => MonthOf(m, cx),
        "firstn" => FirstN(m, cx),
        "reln" => Rel((m.First("RELN") ?? m.First("RELNP"))!, cx.LastDay ?? cx.Narrative ?? cx.Anchor, cx.NarrativeYear),
        "ago" => Ago(m, cx),
        "time" or "weak" => Clock(m, cx),
        "trange" => ClockRange(m, cx),
        "clockw" => ClockWords(m, cx),
        "daypart" => DayPart(m, cx),
        "bpart" => cx.Options.BareUnits ? DayPart(m, cx) : null,
        "dayonly" => DayOnly(m, cx),
        "holiday" => Holiday(m, cx),
        "daymonth" or "linedm" or "listdm" => DayMonth(m, cx),
        "listyear" => Year(m),
        "nrange" => NumRange(m, cx),
        "wkday" => WeekOfDay(m, cx),
        "nthwd" => NthWeekday(m, cx),
        "nthwdr" => NthWeekdayRange(m, cx),
        "yweek" => YearWeek(m, cx),
        "mweek" => MonthWeek(m, cx),
        "holwe" => HolidayWeekend(m, cx),
        "fyear" => FiscalYear(m, cx),
        "half" => Half(m, cx),
        "century" => m.First("DAY") is { Num: >= 1 and <= 30 } c ? new Resolved(TimeKinds.Date, D2((int)c.Num - 1), Explicit: true) : null,
        "duration" => Duration(m, cx),
        // "3 next week": a count above one with a singular unit does not count it
        "ndir" => m.First("NUM") is { Num: > 1 } && m.First("UNIT") is { Num: 1 } ? null : Duration(m, cx),
        "vague" => new Resolved(TimeKinds.Vague, m.First("VAGUE")!.Value),
        "vaguedir" => new Resolved(TimeKinds.Vague, m.First("DIRPOST")!.Value.StartsWith('-') ? "PAST_REF" : "FUTURE_REF"),
        "relof" => new Resolved(TimeKinds.Date, "XXXX-XX-XX"),
        "set" => Set(m),
        "mdayset" => m.First("DAY") is { Num: >= 1 and <= 31 } md ? new Resolved(TimeKinds.Set, $"XXXX-XX-{D2((int)md.Num)}") : null,
        "skip" => null,
        _ => throw new InvalidOperationException($"unknown time action '{m.Rule.Action}'"),
    };

    /// <summary>
    /// A range joined by "and"/"et" after an opener that does not pair with it ("from 2015 and 2016", "de 3 et 4"): the
    /// words.tsv value "and" marks the openers that take it (between, entre) and those joiners. Not a range.
    /// </summary>
    static bool UnpairedJoiner(RuleMatch m)
    {
        string? from = null, to = null;
        foreach (var c in m.Captures)
        {
            if (c.Item == null) continue;
            if (c.Cat == "RANGEFROM") from ??= c.Item.Value;
            else if (c.Cat == "RANGETO") to ??= c.Item.Value;
        }
        return from != null && to == "and" && from != "and";
    }

    internal static int IsoDow(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
    static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    /// <summary>A two-digit year: 40-99 are 19xx, 00-39 20xx ("03/18/40" is 1940: a written date of the 2040s is rarer
    /// in news than one of the 1940s; the Recognizers-Text suite reads them the same way).</summary>
    internal static int TwoDigitYear(int y) => y + (y >= 40 ? 1900 : 2000);
    static string Y4(int y) => y.ToString("D4", CultureInfo.InvariantCulture);
    static string D2(int v) => v.ToString("D2", CultureInfo.InvariantCulture);

    internal static string Ordinal(int n)
    {
        string suf = (n % 100) is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString(CultureInfo.InvariantCulture) + suf;
    }

    static string IsoWeek(DateOnly d)
    {
        var dt = d.ToDateTime(TimeOnly.MinValue);
        return $"{Y4(ISOWeek.GetYear(dt))}-W{D2(ISOWeek.GetWeekOfYear(dt))}";
    }

    /// <summary>Picks the year of a day-month from the anchor and the tense.</summary>
    static int InferYear(int month, int day, ResolveContext cx, int? weekday = null)
    {
        if (!(cx.NarrativeNear && cx.Narrative != null) && cx.NarrativePeriod is var (py, pm))
        {
            if (pm == 0) return py;
            // the day-month nearest the middle of the month the text named
            var mid = new DateOnly(py, pm, 15);
            int by = py;
            for (int y = py - 1; y <= py + 1; y++)
                if (Math.Abs(new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month))).DayNumber - mid.DayNumber) <
                    Math.Abs(new DateOnly(by, month, Math.Min(day, DateTime.DaysInMonth(by, month))).DayNumber - mid.DayNumber)) by = y;
            return by;
        }
        var a = (cx.NarrativeNear && cx.Narrative != null) ? cx.Narrative.Value : cx.Anchor!.Value;
        int tense = (cx.NarrativeNear && cx.Narrative != null) ? 0 : cx.Tense;
        int best = a.Year;
        long bestScore = long.MaxValue;
        for (int y = a.Year - 1; y <= a.Year + 1; y++)
        {
            var d = new DateOnly(y, month, Math.Min(day, DateTime.DaysInMonth(y, month)));
            long diff = d.DayNumber - a.DayNumber;
            long score = Math.Abs(diff);
            if (tense > 0 && diff < 0) score += 100000;
            if (tense < 0 && diff > 0) score += 100000;
            // a weekday that agrees is stronger evidence than the tense ("jeudi 13 février" the day after publication)…
            if (weekday is int w && day <= DateTime.DaysInMonth(y, month) && IsoDow(d) != w) score += 200000;
            // … but a past-tense clause does not report a day months after publication: a weekday that disagrees there
            // is a slip in the weekday or the day ("Vendredi 24 février" for Thursday 24 February), not a year later
            if (tense < 0 && diff > 7) score += 400000;
            if (score < bestScore) { bestScore = score; best = y; }
        }
        return best;
    }

    /// <summary>Builds a calendar date, checking it exists and agrees with its weekday.</summary>
    static Resolved MakeDate(int? year, int month, int day, int? weekday, ResolveContext cx, bool explicitYear)
    {
        if (year == null && cx.Anchor == null && !(cx.NarrativeNear && cx.Narrative != null))
            return new Resolved(TimeKinds.Date, $"XXXX-{D2(month)}-{D2(day)}");
        int y = year ?? InferYear(month, day, cx, weekday);
        // "Feb 29" without its year: the nearest leap year (the next one unless the clause is past)
        if (year == null && month == 2 && day == 29 && !DateTime.IsLeapYear(y))
        {
            int back = y, fwd = y;
            while (!DateTime.IsLeapYear(back)) back--;
            while (!DateTime.IsLeapYear(fwd)) fwd++;
            y = cx.Tense < 0 ? back : fwd;
        }
        string? conflict = null;
        int dim = DateTime.DaysInMonth(y, month);
        if (day > dim)
        {
            conflict = $"{MonthNames[month]} {y} has no {Ordinal(day)} day; its last day is the {Ordinal(dim)}";
            if (cx.Options.ImpossibleAsWritten)
                return new Resolved(TimeKinds.Date, $"{Y4(y)}-{D2(month)}-{D2(day)}", Conflict: conflict, FullDate: new DateOnly(y, month, dim), Explicit: explicitYear);
            day = dim;
        }
        var date = new DateOnly(y, month, day);
        if (weekday is int w && IsoDow(date) != w && conflict == null)
        {
            conflict = $"weekday {WeekdayNames[w]} does not fall on the {Ordinal(day)}; the {Ordinal(day)} of {MonthNames[month]} {y} is a {WeekdayNames[IsoDow(date)]}";
            if (!cx.Options.DayOverWeekday) date = NearestWeekday(date, w);
        }
        if (conflict == null && cx.Tense < 0 && cx.Anchor is DateOnly a && date > a && !(cx.NarrativeNear && cx.Narrative != null))
            conflict = $"{Iso(date)} is after the publication date {Iso(a)} in a past-tense clause";
        return new Resolved(TimeKinds.Date, Iso(date), Conflict: conflict, FullDate: date, Explicit: explicitYear);
    }

    static DateOnly NearestWeekday(DateOnly d, int w)
    {
        int diff = w - IsoDow(d); // -6..6
        if (diff > 3) diff -= 7;
        if (diff < -3) diff += 7;
        return d.AddDays(diff);
    }

    static Resolved? Date(RuleMatch m, ResolveContext cx)
    {
        var day = m.First("DAY") ?? m.First("DAYW");
        var month = m.First("MONTH");
        if (day == null || month == null) return null;
        var year = m.First("YEAR");
        // "15 April of 87": a two-digit year after "of" (four digits are a YEAR, read by the rules before)
        if (m.First("DIGITS") is { } yy)
        {
            if (yy.Value.Length != 2) return null;
            year = yy with { Num = TwoDigitYear((int)yy.Num) };
        }
        var wd = m.First("WEEKDAY");
        if (m.First("DIRPOST") is { } dp && year == null)
            cx = new ResolveContext { Anchor = cx.Anchor, Language = cx.Language, Tense = Math.Sign(int.Parse(dp.Value, CultureInfo.InvariantCulture)) };
        var r = MakeDate(year != null ? (int)year.Num : null, int.Parse(month.Value, CultureInfo.InvariantCulture), (int)day.Num,
            wd != null ? int.Parse(wd.Value, CultureInfo.InvariantCulture) : null, cx, year != null);
        return m.First("DAYPART") is { } part ? r with { Value = r.Value + part.Value } : r;
    }

    static Resolved? Range(RuleMatch m, ResolveContext cx)
    {
        var days = m.Captures.Where(c => c.Item != null && c.Cat is "DAY" or "DAYW").Select(c => c.Item!).ToList();
        var months = m.All("MONTH").ToList();
        // days of a month counted from the reference: "from 4-23 in next month", "du 4 au 23 du mois prochain"
        if (days.Count == 2 && months.Count == 0 && (m.First("DIR") ?? m.First("DIRPOST")) is { } rdir)
        {
            int d1 = (int)days[0].Num, d2 = (int)days[1].Num;
            if (d1 < 1 || d2 > 31 || d2 <= d1) return null;
            if (cx.Anchor is not DateOnly ra) return new Resolved(TimeKinds.Date, $"XXXX-XX-{D2(d1)}/XXXX-XX-{D2(d2)}");
            var mo = new DateOnly(ra.Year, ra.Month, 1).AddMonths(int.Parse(rdir.Value, CultureInfo.InvariantCulture));
            if (d2 > DateTime.DaysInMonth(mo.Year, mo.Month)) return null;
            var rs = new DateOnly(mo.Year, mo.Month, d1);
            return new Resolved(TimeKinds.Date, Iso(rs) + "/" + Iso(new DateOnly(mo.Year, mo.Month, d2)), FullDate: rs);
        }
        if (days.Count != 2 || months.Count == 0) return null;
        var year = m.First("YEAR");
        int m1 = int.Parse(months[0].Value, CultureInfo.InvariantCulture), m2 = int.Parse(months[^1].Value, CultureInfo.InvariantCulture);
        var a = MakeDate(year != null ? (int)year.Num : null, m1, (int)days[0].Num, null, cx, year != null);
        var b = MakeDate(year != null ? (int)year.Num : null, m2, (int)days[1].Num, null, cx, year != null);
        if (a.FullDate is DateOnly da && b.FullDate is DateOnly db && db < da && year == null)
            b = MakeDate(da.Year + (m2 < m1 ? 1 : 0), m2, (int)days[1].Num, null, cx, false);
        return new Resolved(TimeKinds.Date, a.Value + "/" + b.Value, Conflict: a.Conflict ?? b.Conflict, FullDate: a.FullDate);
    }

    static Resolved? Quarter(RuleMatch m, ResolveContext cx)
    {
        var q = m.First("QORD") is { } qo ? int.Parse(qo.Value, CultureInfo.InvariantCulture) : (int)(m.First("DIGITS")?.Num ?? 0);
        if (q is < 1 or > 4) return null;
        if (m.First("YEAR") is { } y) return new Resolved(TimeKinds.Date, $"{Y4((int)y.Num)}-Q{q}", Explicit: true);
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-Q{q}");
        int cur = (a.Month - 1) / 3 + 1, year = a.Year;
        if (cx.Tense < 0 && q > cur) year--;
        else if (cx.Tense > 0 && q < cur) year++;
        return new Resolved(TimeKinds.Date, $"{Y4(year)}-Q{q}");
    }

    /// <summary>"dans la nuit de mardi à mercredi": the first weekday, resolved as a weekday, at night.</summary>
    static Resolved? Night(RuleMatch m, ResolveContext cx)
    {
        var days = m.All("WEEKDAY").ToList();
        int w1 = int.Parse(days[0].Value, CultureInfo.InvariantCulture), w2 = int.Parse(days[1].Value, CultureInfo.InvariantCulture);
        if (w2 != w1 % 7 + 1) return null; // not consecutive days
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-WXX-{w1}TNI");
        int dow = IsoDow(a);
        int back = (dow - w1 + 7) % 7, fwd = (w1 - dow + 7) % 7;
        // the night may end on the anchor day: "dans la nuit de mardi à mercredi" in a Wednesday article is last night
        var d = cx.Tense > 0 ? a.AddDays(fwd) : a.AddDays(-back);
        return new Resolved(TimeKinds.Date, Iso(d) + "TNI", FullDate: d);
    }

    /// <summary>"from March to May 2024": first month of the range / last month.</summary>
    static Resolved? MonthRange(RuleMatch m, ResolveContext cx)
    {
        var months = m.All("MONTH").ToList();
        var years = m.All("YEAR").ToList();
        int m1 = int.Parse(months[0].Value, CultureInfo.InvariantCulture), m2 = int.Parse(months[1].Value, CultureInfo.InvariantCulture);
        int? y2 = years.Count > 0 ? (int)years[^1].Num : null;
        int? y1 = years.Count == 2 ? (int)years[0].Num : y2 is int yy ? (m1 <= m2 ? yy : yy - 1) : null;
        if (y1 == null)
        {
            if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-{D2(m1)}/XXXX-{D2(m2)}");
            int y = a.Year;
            if (cx.Tense < 0 && m1 > a.Month) y--;
            else if (cx.Tense > 0 && m2 < a.Month) y++;
            y1 = y;
            y2 = m2 >= m1 ? y : y + 1;
        }
        if (cx.Options.PartsAsDays && Parts(m, "MONTH") is [var p1, var p2] && (p1 != null || p2 != null))
            return new Resolved(TimeKinds.Date, Iso(PartDay(p1 ?? "start", y1.Value, m1)) + "/" + Iso(PartDay(p2 ?? "end", y2!.Value, m2)), Explicit: years.Count > 0);
        return new Resolved(TimeKinds.Date, $"{Y4(y1.Value)}-{D2(m1)}/{Y4(y2!.Value)}-{D2(m2)}", Explicit: years.Count > 0);
    }

    static Resolved? YearRange(RuleMatch m, ResolveContext cx)
    {
        var ys = m.All("YEAR").ToList();
        if (ys.Count != 2 || ys[1].Num <= ys[0].Num) return null;
        int y1 = (int)ys[0].Num, y2 = (int)ys[1].Num;
        if (cx.Options.PartsAsDays && Parts(m, "YEAR") is [var p1, var p2] && (p1 != null || p2 != null))
            return new Resolved(TimeKinds.Date, Iso(PartDay(p1 ?? "start", y1, null)) + "/" + Iso(PartDay(p2 ?? "end", y2, null)), Explicit: true);
        return new Resolved(TimeKinds.Date, $"{Y4(y1)}/{Y4(y2)}", Explicit: true);
    }

    /// <summary>The part word (MPREP value: start, mid, end, or null) before each capture of the category, in order.</summary>
    static List<string?> Parts(RuleMatch m, string cat)
    {
        var parts = new List<string?>();
        string? pending = null;
        foreach (var c in m.Captures)
        {
            if (c.Item == null) continue;
            if (c.Cat == "MPREP") pending = c.Item.Value.Length > 0 ? c.Item.Value : null;
            else if (c.Cat == cat) { parts.Add(pending); pending = null; }
        }
        return parts;
    }

    /// <summary>
    /// The day a part of a year or month stands for as the end of a range (<see cref="TimeOptions.PartsAsDays"/>): its
    /// start is the first day, its middle the 16th (2 July for a year), its end the first day after it.
    /// </summary>
    static DateOnly PartDay(string part, int year, int? month) => (part, month) switch
    {
        ("end", int mo) => new DateOnly(year, mo, 1).AddMonths(1),
        ("end", null) => new DateOnly(year + 1, 1, 1),
        ("mid", int mo) => new DateOnly(year, mo, 16),
        ("mid", null) => new DateOnly(year, 7, 2),
        (_, int mo) => new DateOnly(year, mo, 1),
        _ => new DateOnly(year, 1, 1),
    };

    static Resolved? NumDate(RuleMatch m, ResolveContext cx)
    {
        var caps = m.Captures.Where(c => c.Item != null && c.Cat is "DAY" or "MON" or "YEAR" or "DIGITS").Select(c => c.Item!).ToList();
        if (caps.Count != 3) return null;
        int a = (int)caps[0].Num, b = (int)caps[1].Num;
        int y = (int)caps[2].Num;
        if (caps[2].Value.Length == 2) y = TwoDigitYear(y);
        else if (caps[2].Value.Length != 4) return null;
        // day first (fr and most of the world) unless the text is English and the first number can be a month
        bool monthFirst = string.Equals(cx.Language, "en", StringComparison.OrdinalIgnoreCase) && a <= 12;
        if (b > 12 && a <= 12) monthFirst = true;
        int day = monthFirst ? b : a, month = monthFirst ? a : b;
        if (month is < 1 or > 12 || day is < 1 or > 31) return null;
        return MakeDate(y, month, day, null, cx, true);
    }

    /// <summary>"on 22/04", "by 11/20": a day and a month (day first, or month first in English when it can be), the year inferred.</summary>
    static Resolved? DayMonth(RuleMatch m, ResolveContext cx)
    {
        var days = m.All("DAY").ToList();
        if (days.Count != 2) return null;
        int a = (int)days[0].Num, b = (int)days[1].Num;
        bool monthFirst = (string.Equals(cx.Language, "en", StringComparison.OrdinalIgnoreCase) && a <= 12) || (b > 12 && a <= 12);
        int day = monthFirst ? b : a, month = monthFirst ? a : b;
        if (month is < 1 or > 12) return null;
        int? wd = m.First("WEEKDAY") is { } w ? int.Parse(w.Value, CultureInfo.InvariantCulture) : null;
        // "this 5/12", "next 5/12": the year of the reference moved by the direction
        if (wd == null && m.First("DIR") is { } dir && cx.Anchor is DateOnly an && int.TryParse(dir.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int by))
            return MakeDate(an.Year + by, month, day, null, cx, false);
        return MakeDate(null, month, day, wd, cx, false);
    }

    /// <summary>"from 10/1 to 11/7", "5/1-5/7, 2020", "28/2-1/3": two numeric day-months (read as <see cref="DayMonth"/>), the year applying to both.</summary>
    static Resolved? NumRange(RuleMatch m, ResolveContext cx)
    {
        var days = m.All("DAY").ToList();
        if (days.Count != 4) return null;
        bool en = string.Equals(cx.Language, "en", StringComparison.OrdinalIgnoreCase);
        int[] n = days.Select(d => (int)d.Num).ToArray();
        bool monthFirst = (en && n[0] <= 12 && n[2] <= 12) || (n[1] > 12 && n[0] <= 12) || (n[3] > 12 && n[2] <= 12);
        int d1 = monthFirst ? n[1] : n[0], m1 = monthFirst ? n[0] : n[1], d2 = monthFirst ? n[3] : n[2], m2 = monthFirst ? n[2] : n[3];
        if (m1 is < 1 or > 12 || m2 is < 1 or > 12) return null;
        var yi = m.First("YEAR") ?? m.First("DIGITS");
        int? year = yi == null ? null : yi.Value.Length == 4 ? (int)yi.Num : yi.Value.Length == 2 ? TwoDigitYear((int)yi.Num) : -1;
        if (year == -1) return null;
        var a = MakeDate(year, m1, d1, null, cx, year != null);
        var b = MakeDate(year != null && m2 < m1 ? year + 1 : year, m2, d2, null, cx, year != null);
        if (year == null && a.FullDate is DateOnly da && b.FullDate is DateOnly db && db < da)
            b = MakeDate(da.Year + (m2 < m1 ? 1 : 0), m2, d2, null, cx, false);
        return new Resolved(TimeKinds.Date, a.Value + "/" + b.Value, Conflict: a.Conflict ?? b.Conflict, FullDate: a.FullDate);
    }

    static Resolved? IsoDate(RuleMatch m, ResolveContext cx)
    {
        var y = m.First("YEAR"); var mo = m.First("MON"); var d = m.First("DAY");
        if (y == null || mo == null || d == null) return null;
        return MakeDate((int)y.Num, (int)mo.Num, (int)d.Num, null, cx, true);
    }

    /// <summary>"20161016": eight digits that make a valid date with a year 1900-2099, or null.</summary>
    static Resolved? CompactDate(RuleMatch m, ResolveContext cx)
    {
        var d = m.First("DIGITS")!;
        if (d.Value.Length != 8) return null;
        int v = (int)d.Num, y = v / 10000, mo = v / 100 % 100, day = v % 100;
        if (y is < 1900 or > 2099 || mo is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(y, mo)) return null;
        return MakeDate(y, mo, day, null, cx, true);
    }

    /// <summary>"mardi (12)": a weekday with a bare day of month, month and year taken from the anchor.</summary>
    static Resolved? WeekdayDay(RuleMatch m, ResolveContext cx)
    {
        int w = int.Parse(m.First("WEEKDAY")!.Value, CultureInfo.InvariantCulture);
        int day = (int)(m.First("DAY") ?? m.First("DAYW"))!.Num;
        if (day is < 1 or > 31) return null;
        var anchor = (cx.NarrativeNear && cx.Narrative != null) ? cx.Narrative : cx.Anchor;
        if (anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-WXX-{w}");
        // candidate months: the anchor's, the one before and the one after. Under the calendar convention (the day
        // over a weekday when a month is written), a weekday with a bare day names the nearest month in which they
        // agree ("Mon 13th" in May 2022 is 13 June): with no month written, nothing contradicts the weekday.
        int span = cx.Options.DayOverWeekday ? 12 : 1;
        DateOnly? best = null;
        long bestScore = long.MaxValue;
        for (int k = -span; k <= span; k++)
        {
            var first = new DateOnly(a.Year, a.Month, 1).AddMonths(k);
            if (day > DateTime.DaysInMonth(first.Year, first.Month)) continue;
            var d = new DateOnly(first.Year, first.Month, day);
            long diff = d.DayNumber - a.DayNumber;
            long score = Math.Abs(diff);
            // the tense orders the candidates, except under the calendar convention where nothing written contradicts
            // the weekday: the nearest day where they agree, before or after ("le 25 mardi" on Friday 28 September
            // 2018 is the 25th just gone)
            if (span == 1 && cx.Tense < 0 && diff > 0) score += 100000;
            if (span == 1 && cx.Tense > 0 && diff < 0) score += 100000;
            if (IsoDow(d) == w) score -= 1; // prefer the month where the weekday agrees
            else if (span > 1) score += 1000000;
            if (score < bestScore) { bestScore = score; best = d; }
        }
        if (best is not DateOnly bd) return null;
        return MakeDate(bd.Year, bd.Month, bd.Day, w, cx, false);
    }

    /// <summary>The year a match names: its YEAR, or the anchor's year moved by its DIR ("next year"); null without either.</summary>
    static int? NamedYear(RuleMatch m, ResolveContext cx) =>
        m.First("YEAR") is { } y ? (int)y.Num
        : m.First("DIR") is { } dir && cx.Anchor is DateOnly a ? a.Year + int.Parse(dir.Value, CultureInfo.InvariantCulture) : null;

    /// <summary>"the third month of 2021", "the 9th month of next year": that month of the year.</summary>
    static Resolved? MonthOf(RuleMatch m, ResolveContext cx)
    {
        int n = (int)(m.First("DAY") ?? m.First("DAYW"))!.Num;
        if (n is < 1 or > 12 || NamedYear(m, cx) is not int y) return null;
        return new Resolved(TimeKinds.Date, $"{Y4(y)}-{D2(n)}", Explicit: m.First("YEAR") != null);
    }

    /// <summary>
    /// "the first 2 weeks of 2021", "the last four months of 2021", "first ten days of last year": the days they cover
    /// (end exclusive), counted from the first day of the year or back from the first day of the next; weeks are ISO
    /// weeks (the first starts on the Monday of week 1, the last ends on the Monday of the next year's week 1).
    /// </summary>
    static Resolved? FirstN(RuleMatch m, ResolveContext cx)
    {
        var unit = m.First("UNIT")!.Value;
        var num = m.First("NUM")!.Num;
        if (num < 1 || num != Math.Floor(num) || unit is not ("D" or "W" or "M") || NamedYear(m, cx) is not int y) return null;
        int k = (int)num;
        bool first = m.HasLiteral("first");
        DateOnly start, end;
        if (unit == "W")
        {
            var w1 = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, 1, DayOfWeek.Monday));
            var next = DateOnly.FromDateTime(ISOWeek.ToDateTime(y + 1, 1, DayOfWeek.Monday));
            (start, end) = first ? (w1, w1.AddDays(7 * k)) : (next.AddDays(-7 * k), next);
        }
        else
        {
            var y0 = new DateOnly(y, 1, 1);
            var y1 = y0.AddYears(1);
            (start, end) = unit == "D" ? (first ? (y0, y0.AddDays(k)) : (y1.AddDays(-k), y1))
                                       : (first ? (y0, y0.AddMonths(k)) : (y1.AddMonths(-k), y1));
        }
        if (start < new DateOnly(y, 1, 1).AddDays(-7) || end > new DateOnly(y + 1, 1, 8)) return null; // more than the year holds
        return new Resolved(TimeKinds.Date, Iso(start) + "/" + Iso(end));
    }

    /// <summary>"the 15th day of next month", "the thirty-first day of the month": a day of the anchor's month or of the one named.</summary>
    static Resolved? DayOf(RuleMatch m, ResolveContext cx)
    {
        int day = (int)(m.First("DAY") ?? m.First("DAYW"))!.Num;
        if (day is < 1 or > 31) return null;
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-XX-{D2(day)}");
        var first = new DateOnly(a.Year, a.Month, 1).AddMonths(m.First("DIR") is { } dir ? int.Parse(dir.Value, CultureInfo.InvariantCulture) : 0);
        return MakeDate(first.Year, first.Month, day, null, cx, false);
    }

    /// <summary>
    /// "the second Sunday of May", "the last Friday of the month", "le premier lundi du mois prochain": the nth (or last)
    /// weekday of a month named or counted from the reference, with its part of the day ("the first Monday evening of
    /// next month").
    /// </summary>
    /// <summary>"the first Monday 1pm to 3pm of next month": the clock range on the nth weekday of the month.</summary>
    static Resolved? NthWeekdayRange(RuleMatch m, ResolveContext cx)
    {
        if (NthWeekday(m, cx) is not { } day || day.Value.Contains('T') || day.Value.StartsWith('X') || ClockRange(m, cx) is not { } clock) return null;
        var ends = clock.Value.Split('/');
        if (ends.Length != 2) return null;
        string At(string end) => day.Value + end[end.IndexOf('T')..];
        return new Resolved(TimeKinds.Time, At(ends[0]) + "/" + At(ends[1]), FullDate: day.FullDate);
    }

    static Resolved? NthWeekday(RuleMatch m, ResolveContext cx)
    {
        int w = int.Parse(m.First("WEEKDAY")!.Value, CultureInfo.InvariantCulture);
        // "dernier" is also the fourth quarter (QORD): as the rank of a weekday it is the last
        int n = m.First("LASTW") != null ? -1 : m.First("DAY") is { } d ? (int)d.Num : m.First("QORD") is { } q ? int.Parse(q.Value, CultureInfo.InvariantCulture) : 0;
        if (n is 0 or > 5) return null;
        int year, month;
        if (m.First("MONTH") != null)
        {
            var mr = Month(m, cx);
            if (mr is not Resolved r || r.Value.StartsWith('X'))
                return new Resolved(TimeKinds.Date, $"XXXX-{D2(int.Parse(m.First("MONTH")!.Value, CultureInfo.InvariantCulture))}-WXX-{w}-#{(n < 0 ? 5 : n)}{PartOfDay(m)}");
            year = int.Parse(r.Value.AsSpan(0, 4), CultureInfo.InvariantCulture);
            month = int.Parse(r.Value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        }
        else
        {
            if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-XX-WXX-{w}-#{(n < 0 ? 5 : n)}{PartOfDay(m)}");
            var dir = m.First("DIR") ?? m.First("DIRPOST");
            int by = dir == null ? 0 : int.Parse(dir.Value, CultureInfo.InvariantCulture);
            var first = new DateOnly(a.Year, a.Month, 1).AddMonths(by);
            year = first.Year; month = first.Month;
        }
        DateOnly day;
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            day = first.AddDays((w - IsoDow(first) + 7) % 7 + 7 * (n - 1));
            if (day.Month != month) return null;
        }
        else
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            day = last.AddDays(-((IsoDow(last) - w + 7) % 7));
        }
        return new Resolved(TimeKinds.Date, Iso(day) + PartOfDay(m), FullDate: day);
    }

    static Resolved? Month(RuleMatch m, ResolveContext cx)
    {
        int mo = int.Parse(m.First("MONTH")!.Value, CultureInfo.InvariantCulture);
        var year = m.First("YEAR");
        if (year != null) return new Resolved(TimeKinds.Date, $"{Y4((int)year.Num)}-{D2(mo)}", Explicit: true);
        // "en juillet 98", "April of 87": a two-digit year
        // (not a day: "Jan. 30" is a day, "juillet 98" a year; "April of 30" a year)
        if (m.First("DIGITS") is { } yy)
            return yy.Value.Length == 2 && (yy.Num > 31 || m.HasLiteral("of") || m.HasLiteral("de")) ? new Resolved(TimeKinds.Date, $"{Y4((int)yy.Num + (yy.Num >= 30 ? 1900 : 2000))}-{D2(mo)}", Explicit: true) : null;
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-{D2(mo)}");
        var dir = m.First("DIR") ?? m.First("DIRPOST");
        // "depuis juin", "since January": the start of a period that runs to now
        if (dir == null && (m.HasLiteral("since") || m.HasLiteral("depuis") || m.HasLiteral("des")))
            cx = new ResolveContext { Anchor = cx.Anchor, Language = cx.Language, Tense = -1 };
        int y;
        if (dir != null)
        {
            int d = int.Parse(dir.Value, CultureInfo.InvariantCulture);
            y = d switch
            {
                < 0 => mo < a.Month ? a.Year : a.Year - 1,
                > 0 => mo > a.Month ? a.Year : a.Year + 1,
                _ => a.Year,
            };
        }
        else
        {
            y = a.Year;
            if (cx.Tense < 0 && mo > a.Month) y--;
            else if (cx.Tense > 0 && mo < a.Month) y++;
            else if (cx.Tense == 0 && mo - a.Month > 6) y--;
            else if (cx.Tense == 0 && a.Month - mo > 6) y++;
        }
        return new Resolved(TimeKinds.Date, $"{Y4(y)}-{D2(mo)}");
    }

    static Resolved? Year(RuleMatch m) => new(TimeKinds.Date, Y4((int)m.First("YEAR")!.Num), Explicit: true);

    static Resolved? Decade(RuleMatch m)
    {
        if (m.First("DECADEW") is { } dw) return new Resolved(TimeKinds.Date, dw.Value);
        var y = m.First("YEAR") ?? m.First("NUM") ?? m.First("DIGITS");
        if (y == null) return null;
        int v = (int)y.Num;
        if (y.Value.Length == 2) v += v >= 30 ? 1900 : 2000;
        else if (y.Value.Length != 4) return null;
        if (v % 10 != 0) return null;
        return new Resolved(TimeKinds.Date, (v / 10).ToString(CultureInfo.InvariantCulture));
    }

    static Resolved? Season(RuleMatch m, ResolveContext cx)
    {
        var s = (m.First("SEASON") ?? m.First("SEASONN"))!.Value;
        var year = m.First("YEAR");
        if (year != null) return new Resolved(TimeKinds.Date, $"{Y4((int)year.Num)}-{s}");
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-{s}");
        // seasons are numbered year*4 + (SP 0, SU 1, FA 2, WI 3); winter belongs to the year of its December
        int order = s switch { "SP" => 0, "SU" => 1, "FA" => 2, _ => 3 };
        int cy = a.Month <= 2 ? a.Year - 1 : a.Year;
        int co = a.Month switch { >= 3 and <= 5 => 0, >= 6 and <= 8 => 1, >= 9 and <= 11 => 2, _ => 3 };
        int cur = cy * 4 + co;
        int dir = 0;
        foreach (var cat in new[] { "DIR", "DIRPOST", "SEASONDET" })
            if (m.First(cat) is { } d && d.Value.Length > 0) { dir = int.Parse(d.Value, CultureInfo.InvariantCulture); break; }
        int same = cy * 4 + order;
        int prev = same < cur ? same : same - 4;
        int next = same > cur ? same : same + 4;
        int idx = dir switch
        {
            < 0 => prev,
            > 0 => next,
            _ when same == cur => cur,
            // "this summer": the one of the anchor's calendar year (for winter, the one under way in Jan-Feb)
            _ when m.First("DIR") is { Value: "0" } || m.First("SEASONDET") is { Value: "0" } =>
                (order == 3 && a.Month <= 2 ? a.Year - 1 : a.Year) * 4 + order,
            _ => cx.Tense < 0 ? prev : next,
        };
        return new Resolved(TimeKinds.Date, $"{Y4(idx / 4)}-{s}");
    }

    static string PartOfDay(RuleMatch m) => m.First("DAYPART")?.Value ?? "";

    static Resolved? Weekday(RuleMatch m, ResolveContext cx)
    {
        int w = int.Parse(m.First("WEEKDAY")!.Value, CultureInfo.InvariantCulture);
        var part = m.HasLiteral("end") || m.HasLiteral("fin") ? "T23:59:59" : PartOfDay(m);
        var dirItem = m.First("DIR") ?? m.First("DIRPOST");
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-WXX-{w}{part}");
        int? dir = dirItem != null ? int.Parse(dirItem.Value, CultureInfo.InvariantCulture) : null;
        int dow = IsoDow(a);
        DateOnly d;
        int back = (dow - w + 7) % 7;    // days back to the most recent such day, 0 = today
        int fwd = (w - dow + 7) % 7;     // days forward to the next such day, 0 = today
        // calendar convention: "next Friday" is the Friday of next week, "last Wednesday" the one of last week
        if (m.HasLiteral("past") || m.HasLiteral("upcoming")) d = a.AddDays(m.HasLiteral("past") ? (back == 0 ? -7 : -back) : (fwd == 0 ? 7 : fwd));
        else if (dir is 1 or -1 && cx.Options.WeekdayOfNextWeek) d = a.AddDays(1 - dow + 7 * dir.Value + w - 1);
        else if (dir == -1) d = a.AddDays(back == 0 ? -7 : -back);
        else if (dir == 1) d = a.AddDays(fwd == 0 ? 7 : fwd);
        else if (dir == 0 && cx.Tense == 0) d = a.AddDays(w - dow); // same ISO week
        else if (cx.Tense > 0) d = a.AddDays(fwd);
        else d = a.AddDays(-back);
        return new Resolved(TimeKinds.Date, Iso(d) + part, FullDate: d);
    }

    static Resolved? RelUnit(RuleMatch m, ResolveContext cx)
    {
        var unit = m.First("UNIT")?.Value ?? m.First("CUNIT")?.Value ?? (m.HasLiteral("quarter") ? "Q" : null);
        if (unit == null) return null;
        var dirItem = m.First("DIR") ?? m.First("DIRPOST");
        // "later this week", "earlier in the week": the unit itself; "the year", "the week" alone only under the
        // calendar convention (BareUnits), "the same week", "that weekend" then unresolved (a week of the narrative)
        bool within = m.HasLiteral("later") || m.HasLiteral("earlier");
        if (dirItem == null && !within && !cx.Options.BareUnits) return null;
        bool anaphoric = dirItem == null && (m.HasLiteral("same") || m.HasLiteral("that"));
        // a bare unit word: only "weekend" ("dinner with mom weekend."), not "day." or "week!"
        bool article = m.HasLiteral("la") || m.HasLiteral("le") || m.HasLiteral("l'");
        if (dirItem == null && !within && !anaphoric && !m.HasLiteral("the") && !article && unit != "WE") return null;
        // a French article and a bare unit: only "la journée", "tôt dans la journée" (the current day); "la semaine",
        // "l'année" alone are complements ("partenaire de la semaine", "les ventes de l'année") far more often than dates
        if (dirItem == null && !within && !anaphoric && article && !m.HasLiteral("the") && unit != "D") return null;
        // "end of the day", "la fin de la journée": the last second of the current day; other units are read elsewhere
        bool end = m.HasLiteral("end") || m.HasLiteral("fin");
        if (end && (unit != "D" || dirItem != null)) return null;
        int dir = dirItem != null ? int.Parse(dirItem.Value, CultureInfo.InvariantCulture) : 0;
        if (cx.Anchor is not DateOnly a || anaphoric)
            return unit switch
            {
                "W" => new Resolved(TimeKinds.Date, "XXXX-WXX"),
                "M" => new Resolved(TimeKinds.Date, "XXXX-XX"),
                "Y" => new Resolved(TimeKinds.Date, "XXXX"),
                "D" => new Resolved(TimeKinds.Date, "XXXX-XX-XX"),
                "Q" => new Resolved(TimeKinds.Date, "XXXX-QX"),
                "WE" => new Resolved(TimeKinds.Date, "XXXX-WXX-WE"),
                _ => null,
            };
        // "the next hour", "the last minute": one unit from or up to the reference clock time (calendar convention)
        if (unit is "H" or "MIN" or "S")
            return cx.Options.CountedPeriods && cx.Options.ReferenceTime is TimeOnly rt && dir != 0
                ? new Resolved(TimeKinds.Time, ClockPeriod(a, rt, 1, unit, dir)) : null;
        if (unit == "WE")
        {
            // "ce week-end": the coming one, or in a past clause on a weekday, the one just gone
            int shift = dir != 0 ? dir : (cx.Tense < 0 && IsoDow(a) < 6 ? -1 : 0);
            return new Resolved(TimeKinds.Date, IsoWeek(a.AddDays(7 * shift)) + "-WE");
        }
        if (unit == "F") return cx.Options.CountedPeriods ? new Resolved(TimeKinds.Date, Fortnight(a, dir)) : null;
        if (unit == "BD") return null;
        if (unit == "Q")
        {
            var qd = a.AddMonths(3 * dir);
            return new Resolved(TimeKinds.Date, $"{Y4(qd.Year)}-Q{(qd.Month - 1) / 3 + 1}");
        }
        return unit switch
        {
            "D" => new Resolved(TimeKinds.Date, Iso(a.AddDays(dir)) + (end ? "T23:59:59" : "")),
            "W" => new Resolved(TimeKinds.Date, IsoWeek(a.AddDays(7 * dir))),
            "M" => new Resolved(TimeKinds.Date, a.AddMonths(dir).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            "Y" => new Resolved(TimeKinds.Date, Y4(a.Year + dir)),
            "DE" => new Resolved(TimeKinds.Date, ((a.Year / 10) + dir).ToString(CultureInfo.InvariantCulture)),
            "CE" => new Resolved(TimeKinds.Date, ((a.Year / 100) + dir).ToString(CultureInfo.InvariantCulture)),
            _ => null,
        };
    }

    static Resolved? Rel(LatticeItem rel, DateOnly? anchor, int? narrativeYear = null)
    {
        if (rel.Value.StartsWith('Y') && narrativeYear is int ny && (anchor == null || anchor.Value.Year != ny))
            return new Resolved(TimeKinds.Date, Y4(ny + int.Parse(rel.Value[1..], CultureInfo.InvariantCulture)));
        var v = rel.Value;
        var sp = v.IndexOf(' ');
        var off = sp < 0 ? v : v[..sp];
        var part = sp < 0 ? "" : "T" + v[(sp + 1)..];
        if (anchor is not DateOnly a)
            return new Resolved(TimeKinds.Date, off[0] switch { 'W' => "XXXX-WXX", 'M' => "XXXX-XX", 'Y' => "XXXX", _ => "XXXX-XX-XX" + part });
        int n = int.Parse(off[1..], CultureInfo.InvariantCulture);
        return off[0] switch
        {
            'W' => new Resolved(TimeKinds.Date, IsoWeek(a.AddDays(7 * n))),
            'M' => new Resolved(TimeKinds.Date, a.AddMonths(n).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            'Y' => new Resolved(TimeKinds.Date, Y4(a.Year + n)),
            _ => new Resolved(TimeKinds.Date, Iso(a.AddDays(n)) + part, FullDate: a.AddDays(n)),
        };
    }

    static double Quantity(RuleMatch m, out bool vague)
    {
        vague = false;
        if (m.First("QTY") != null) { vague = true; return 0; }
        double n = m.First("NUM")?.Num ?? 1;
        var nums = m.All("NUM").ToList();
        if (nums.Count == 2 && (m.HasLiteral(",") || m.HasLiteral(".")))
            n = nums[1].Value.Length == 3
                ? nums[0].Num * 1000 + nums[1].Num                                   // "15,000 years": grouping
                : nums[0].Num + nums[1].Num / Math.Pow(10, nums[1].Value.Length);    // "1,5 heure", "3.5 seconds"
        if (m.HasLiteral("demi") || m.HasLiteral("half")) n = 0.5;
        if (m.First("HALF") is { } h) n += double.Parse(h.Value, CultureInfo.InvariantCulture);
        return n;
    }

    static Resolved? Ago(RuleMatch m, ResolveContext cx)
    {
        var unit = m.First("UNIT")!.Value;
        var sign = (m.First("AGO") ?? m.First("AGOPRE"))!.Value == "-" ? -1 : 1;
        double n = Quantity(m, out bool vague);
        if (vague && cx.Options.FewAsThree) { vague = false; n = 3; }
        if (unit == "F") { unit = "W"; n *= 2; }
        return Ago(m, cx, n, unit, sign, vague);
    }

    /// <summary>The reference moved by n units in the direction of sign (a date, or a time with the reference clock time).</summary>
    static Resolved? Ago(RuleMatch m, ResolveContext cx, double n, string unit, int sign, bool vague = false)
    {
        var mod = m.First("MOD")?.Value;
        if (vague || cx.Anchor is not DateOnly a)
            return new Resolved(TimeKinds.Vague, sign < 0 ? "PAST_REF" : "FUTURE_REF", Approx: vague || mod == "about", Modifier: mod);
        if (n != Math.Floor(n)) { (n, unit) = Smaller(n, unit); }
        int k = (int)n * sign;
        // with the reference clock time, "in 5 minutes" / "il y a 2 heures" is that moment moved
        if (unit is "H" or "MIN" or "S" && cx.Options.ReferenceTime is TimeOnly rt)
        {
            var t = a.ToDateTime(rt).AddSeconds(k * (unit == "H" ? 3600 : unit == "MIN" ? 60 : 1));
            var tv = t.ToString(t.Second != 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
            return new Resolved(TimeKinds.Time, tv, Approx: mod == "about", Modifier: mod);
        }
        var r = cx.Options.OffsetsToTheDay && unit is "M" or "Y" or "DE" or "CE"
            ? new Resolved(TimeKinds.Date, Iso(unit switch { "M" => a.AddMonths(k), "Y" => a.AddYears(k), "DE" => a.AddYears(10 * k), _ => a.AddYears(100 * k) }))
            : unit switch
        {
            "D" => new Resolved(TimeKinds.Date, Iso(a.AddDays(k))),
            "W" => new Resolved(TimeKinds.Date, Iso(a.AddDays(7 * k))),
            "M" => new Resolved(TimeKinds.Date, a.AddMonths(k).ToString("yyyy-MM", CultureInfo.InvariantCulture)),
            "Y" => new Resolved(TimeKinds.Date, Y4(a.Year + k)),
            "DE" => new Resolved(TimeKinds.Date, Y4(a.Year + 10 * k)),
            "CE" => new Resolved(TimeKinds.Date, Y4(a.Year + 100 * k)),
            _ => new Resolved(TimeKinds.Date, Iso(a)),
        };
        return mod == null ? r : r with { Approx = mod == "about", Modifier = mod };
    }

    static (double, string) Smaller(double n, string unit) => unit switch
    {
        "CE" => (n * 100, "Y"),
        "DE" => (n * 10, "Y"),
        "Y" => (n * 12, "M"),
        "M" => (n * 30, "D"),
        "W" => (n * 7, "D"),
        "D" => (n * 24, "H"),
        "H" => (n * 60, "MIN"),
        "MIN" => (n * 60, "S"),
        _ => (Math.Round(n), unit),
    };

    /// <summary>ISO 8601 duration for n units (fractions go down to the next unit: 1.5 H = PT1H30M).</summary>
    internal static string DurationValue(double n, string unit)
    {
        if (unit == "DE") { n *= 10; unit = "Y"; }
        if (unit == "CE") { n *= 100; unit = "Y"; }
        // a fraction that does not come out whole one unit down is written as a decimal (P3.2Y, PT3.5S)
        double frac0 = n - Math.Floor(n);
        if (frac0 > 1e-6)
        {
            var (down, du) = Smaller(frac0, unit);
            if (du == unit || Math.Abs(down - Math.Round(down)) > 1e-6)
            {
                var num = Math.Round(n, 3).ToString(CultureInfo.InvariantCulture);
                return unit is "H" or "MIN" or "S" ? $"PT{num}{(unit == "MIN" ? "M" : unit)}" : $"P{num}{unit}";
            }
        }
        var parts = new List<(long, string)>();
        int guard = 0;
        while (guard++ < 4)
        {
            long whole = (long)Math.Floor(n + 1e-9);
            double frac = n - whole;
            if (whole > 0 || frac < 1e-6) parts.Add((whole, unit));
            if (frac < 1e-6) break;
            var (nn, uu) = Smaller(frac, unit);
            if (uu == unit) break;
            n = nn; unit = uu;
        }
        // a week mixed with days is written in days
        if (parts.Count > 1 && parts[0].Item2 == "W") parts = [(parts[0].Item1 * 7 + parts[1].Item1, "D"), .. parts.Skip(2)];
        var sb = new StringBuilder("P");
        bool t = false;
        foreach (var (v, u) in parts)
        {
            if (u is "H" or "MIN" or "S" && !t) { sb.Append('T'); t = true; }
            sb.Append(v.ToString(CultureInfo.InvariantCulture)).Append(u == "MIN" ? "M" : u);
        }
        if (sb.Length == 1) sb.Append(unit is "H" or "MIN" or "S" ? "T0" + (unit == "MIN" ? "M" : unit) : "0" + unit);
        return sb.ToString();
    }

    static readonly string[] DurationUnits = ["Y", "M", "W", "D", "H", "MIN", "S"];

    /// <summary>The parts of an ISO 8601 duration by unit (Y M W D H MIN S), or null when it is not one.</summary>
    internal static double[]? ParseDuration(string v)
    {
        if (v.Length < 3 || v[0] != 'P') return null;
        var parts = new double[7];
        bool time = false;
        int i = 1;
        while (i < v.Length)
        {
            if (v[i] == 'T') { time = true; i++; continue; }
            int s = i;
            while (i < v.Length && (char.IsDigit(v[i]) || v[i] == '.')) i++;
            if (i == s || i >= v.Length) return null;
            if (!double.TryParse(v.AsSpan(s, i - s), NumberStyles.Float, CultureInfo.InvariantCulture, out var n)) return null;
            int k = v[i] switch { 'Y' => 0, 'M' => time ? 5 : 1, 'W' => 2, 'D' => 3, 'H' => 4, 'S' => 6, _ => -1 };
            if (k < 0) return null;
            parts[k] += n;
            i++;
        }
        return parts;
    }

    /// <summary>
    /// The sum of two durations when the second continues the first with smaller units ("PT1H" + "PT30M"),
    /// else null.
    /// </summary>
    internal static string? AddDurations(string a, string b)
    {
        var pa = ParseDuration(a);
        var pb = ParseDuration(b);
        if (pa == null || pb == null) return null;
        int lastA = Array.FindLastIndex(pa, x => x != 0), firstB = Array.FindIndex(pb, x => x != 0);
        if (lastA < 0 || firstB < 0 || firstB <= lastA) return null;
        var sum = new double[7];
        for (int k = 0; k < 7; k++) sum[k] = pa[k] + pb[k];
        if (sum[2] != 0 && sum[3] != 0) { sum[3] += 7 * sum[2]; sum[2] = 0; } // weeks mixed with days: days
        var sb = new StringBuilder("P");
        bool t = false;
        for (int k = 0; k < 7; k++)
        {
            double n = sum[k];
            if (n == 0) continue;
            if (k >= 4 && !t) { sb.Append('T'); t = true; }
            sb.Append(n.ToString(CultureInfo.InvariantCulture)).Append(DurationUnits[k] == "MIN" ? "M" : DurationUnits[k]);
        }
        return sb.ToString();
    }

    static Resolved? Duration(RuleMatch m, ResolveContext cx)
    {
        var unit = (m.First("UNIT") ?? m.First("UNITX"))!.Value;
        double n = Quantity(m, out bool vague);
        // "three weekends": TIMEX3 P3WE (a count of weekends, not a length of time)
        if (unit == "WE") return !vague && n >= 1 && n == Math.Floor(n) ? new Resolved(TimeKinds.Duration, $"P{n.ToString(CultureInfo.InvariantCulture)}WE") : null;
        bool quarters = unit == "Q";
        if (unit == "Q") { unit = "M"; }
        if (unit == "BD") return BusinessDays(m, cx, n, vague);
        // "the past fortnight", "the next fortnight": whole fortnights from the current week's Monday (calendar convention)
        if (unit == "F" && !vague && n == 1 && m.First("NUM") == null && cx.Options.CountedPeriods && cx.Anchor is DateOnly fa &&
            (m.HasLiteral("past") || m.HasSpanLiteral("last") || m.HasLiteral("previous") ? -1 : m.HasLiteral("next") || m.HasLiteral("coming") ? 1 : 2) is int fdir and not 2)
            return new Resolved(TimeKinds.Date, Fortnight(fa, fdir));
        if (unit == "F") { unit = "W"; n *= 2; }
        var mod = m.First("MOD")?.Value;
        bool approx = mod == "about";
        if (m.First("NUMAPPROX") is { } na)
        {
            n = double.Parse(na.Value, CultureInfo.InvariantCulture);
            approx = true;
            mod ??= "about";
        }
        // calendar convention: "a few hours", "quelques jours" = three of them
        if (vague && cx.Options.FewAsThree) { vague = false; n = 3; }
        if (vague)
        {
            var u = unit switch { "MIN" => "TXM", "H" => "TXH", "S" => "TXS", "DE" => "XDE", "CE" => "XCE", _ => "X" + unit };
            return new Resolved(TimeKinds.Duration, "P" + u, true, mod);
        }
        if (n <= 0) return null;
        if (m.First("UNIT")?.Value == "Q") n *= 3;
        // calendar convention: "3 weeks later", "30 minutes later" = the reference moved
        if (cx.Options.LaterAsDate && m.First("LATER") is { Value: "+" } && mod is null or "about" && cx.Anchor != null)
            return Ago(m, cx, n, unit, 1);
        if (cx.Options.CountedPeriods && cx.Anchor is DateOnly a && mod == null && CountedPeriod(m, a, n, unit, quarters, cx.Options.ReferenceTime) is { } period)
            return new Resolved(TimeKinds.Date, period);
        return new Resolved(TimeKinds.Duration, DurationValue(n, unit), approx, mod);
    }

    /// <summary>
    /// "the next 3 days", "the last 3 months", "within 9 months", "les 3 prochaines semaines" as the days they cover
    /// (start/end, end exclusive): from tomorrow, up to the reference, or from the reference ("within"); null for
    /// a plain duration or a unit below the day.
    /// </summary>
    static string? CountedPeriod(RuleMatch m, DateOnly a, double n, string unit, bool quarters = false, TimeOnly? referenceTime = null)
    {
        int dir = m.First("WITHIN") != null ? 0
            : m.HasLiteral("past") || m.HasSpanLiteral("last") || m.HasLiteral("previous") ? -1
            : m.HasLiteral("next") || m.HasLiteral("coming") || m.HasLiteral("following") || m.HasLiteral("upcoming") ? 1
            : m.First("DIRPOST") is { } dp ? Math.Sign(int.Parse(dp.Value, CultureInfo.InvariantCulture))
            : 2;
        if (dir == 2) return null;
        // "the next 2 hours", "within 5 minutes", "the 13 last minutes": from or up to the reference clock time
        if (unit is "H" or "MIN" or "S" && referenceTime is TimeOnly rt) return ClockPeriod(a, rt, n, unit, dir);
        if (n != Math.Floor(n) || unit is not ("D" or "W" or "M" or "Y" or "DE")) return null;
        int k = (int)n;
        // whole decades: "the next two decades" in 2018 are 2020-01-01/2040-01-01, "the last two decades" 2000/2020
        if (unit == "DE")
        {
            if (dir == 0 || k > 100) return null;
            var ds = new DateOnly(a.Year / 10 * 10, 1, 1);
            var from = dir < 0 ? ds.AddYears(-10 * k) : ds.AddYears(10);
            return Iso(from) + "/" + Iso(from.AddYears(10 * k));
        }
        if (quarters)
        {
            // whole quarters: "the last 2 quarters" end where the current one starts, "the next 2" start after it
            var qs = new DateOnly(a.Year, (a.Month - 1) / 3 * 3 + 1, 1);
            var qStart = dir < 0 ? qs.AddMonths(-k) : dir > 0 ? qs.AddMonths(3) : qs;
            return Iso(qStart) + "/" + Iso(dir < 0 ? qs : qStart.AddMonths(k));
        }
        DateOnly Move(DateOnly d, int sign) => unit switch
        {
            "D" => d.AddDays(sign * k), "W" => d.AddDays(7 * sign * k), "M" => d.AddMonths(sign * k), _ => d.AddYears(sign * k),
        };
        var start = dir < 0 ? Move(a, -1) : dir > 0 ? a.AddDays(1) : a;
        var end = dir < 0 ? a : Move(start, 1);
        return Iso(start) + "/" + Iso(end);
    }

    /// <summary>
    /// The fortnight before (dir &lt; 0), of (0) or after (dir &gt; 0) the one starting on the Monday of the reference's ISO
    /// week, as a range of days with an exclusive end: on Thursday 2021-05-20, "the past fortnight" is
    /// 2021-05-03/2021-05-17.
    /// </summary>
    static string Fortnight(DateOnly a, int dir)
    {
        var mon = a.AddDays(1 - IsoDow(a)).AddDays(14 * dir);
        return Iso(mon) + "/" + Iso(mon.AddDays(14));
    }

    /// <summary>
    /// "10 business days", "jours ouvrés": a duration in business days (P10BD); under the calendar convention
    /// CountedPeriods, "the next 4 business days" / "the previous 4" are the Monday-to-Friday days they cover from the
    /// day after the reference or up to it (end exclusive): on Monday 2018-08-20, 2018-08-21/2018-08-25.
    /// </summary>
    static Resolved? BusinessDays(RuleMatch m, ResolveContext cx, double n, bool vague)
    {
        if (vague) return new Resolved(TimeKinds.Duration, "PXBD", true, m.First("MOD")?.Value);
        if (n < 1 || n != Math.Floor(n)) return null;
        int k = (int)n;
        int dir = m.HasLiteral("past") || m.HasSpanLiteral("last") || m.HasLiteral("previous") ? -1
            : m.HasLiteral("next") || m.HasLiteral("coming") || m.HasLiteral("following") ? 1
            : m.First("DIRPOST") is { } dp ? Math.Sign(int.Parse(dp.Value, CultureInfo.InvariantCulture)) : 0;
        var mod = m.First("MOD")?.Value;
        if (!cx.Options.CountedPeriods || dir == 0 || mod != null || cx.Anchor is not DateOnly a || k > 1000)
            return new Resolved(TimeKinds.Duration, $"P{k}BD", mod == "about", mod);
        var d = a;
        for (int i = 0; i < k;)
        {
            d = d.AddDays(dir);
            if (IsoDow(d) <= 5) i++;
        }
        return new Resolved(TimeKinds.Date, dir > 0 ? Iso(a.AddDays(1)) + "/" + Iso(d.AddDays(1)) : Iso(d) + "/" + Iso(a));
    }

    /// <summary>n hours, minutes or seconds up to the reference moment (dir &lt; 0) or from it, as a range of clock times.</summary>
    static string ClockPeriod(DateOnly a, TimeOnly rt, double n, string unit, int dir)
    {
        var t0 = a.ToDateTime(rt);
        double secs = n * (unit == "H" ? 3600 : unit == "MIN" ? 60 : 1);
        var (s0, s1) = dir < 0 ? (t0.AddSeconds(-secs), t0) : (t0, t0.AddSeconds(secs));
        static string F(DateTime t) => t.ToString(t.Second != 0 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
        return F(s0) + "/" + F(s1);
    }

    static Resolved? Set(RuleMatch m)
    {
        if (m.First("SET") is { } s) return new Resolved(TimeKinds.Set, s.Value);
        // "every morning", "Friday mornings", "in the mornings": a part of the day that recurs
        if ((m.First("DAYPARTS") ?? m.First("DAYPART")) is { } part)
            return new Resolved(TimeKinds.Set, (m.First("WEEKDAY") is { } wd ? "XXXX-WXX-" + wd.Value : "XXXX-XX-XX") + part.Value);
        if (m.First("WEEKDAY") is { } w) return new Resolved(TimeKinds.Set, "XXXX-WXX-" + w.Value);
        var unit = m.First("UNIT")!.Value;
        double n = m.HasLiteral("other") ? 2 : m.First("NUM")?.Num ?? 1;
        return new Resolved(TimeKinds.Set, DurationValue(n, unit));
    }

    static Resolved? Clock(RuleMatch m, ResolveContext cx)
    {
        int hour, minute = 0;
        if (m.First("CLOCK") is { } c)
        {
            hour = int.Parse(c.Value[..2], CultureInfo.InvariantCulture);
            minute = int.Parse(c.Value[3..5], CultureInfo.InvariantCulture);
        }
        else
        {
            var h = m.First("HOUR") ?? m.First("HOURW");
            var hhmm = m.First("HHMM");
            if (h == null && hhmm == null) return null;
            hour = h != null ? (int)h.Num : (int)hhmm!.Num / 100;
            if (hhmm != null) minute = (int)hhmm.Num % 100;
            else if (m.First("MIN") is { } mi) minute = (int)mi.Num;
            else if (m.HasLiteral(":")) return null;
            // "one thirty p.m.", "nine thirty": the minutes in words after an hour in words
            else if (h!.Cat == "HOURW" && m.Captures.FirstOrDefault(c => c.Cat == "NUM" && c.Item != null && c.TokStart >= h.TokEnd).Item is { } mw)
            {
                if (mw.Num is < 1 or > 59 || mw.Num != Math.Floor(mw.Num)) return null;
                minute = (int)mw.Num;
            }
            var ampm = m.First("AMPM")?.Value ?? m.First("AMPMX")?.Value;
            bool ish = m.HasLiteral("ish");
            if (ampm == "pm" && hour < 12) hour += 12;
            if (ampm == "am" && hour == 12) hour = 0;
            if (ampm == null && !ish && m.Rule.Action != "weak" && m.First("HOURW") == null && m.First("TIMEPREP") == null && m.First("DAYPART") == null && m.First("OCLOCK") == null && !m.HasLiteral("h") && !m.HasLiteral(":") && !m.HasLiteral("heures") && !m.HasLiteral("heure"))
                return null;
            // "24 heures", "3 h" with nothing else are durations more often than clock times: leave them to
            // the duration rules ("18 h", "20 heures" stay times)
            if (ampm == null && !ish && m.First("TIMEPREP") == null && m.First("MIN") == null && m.First("ZONE") == null &&
                m.First("OCLOCK") == null && !m.HasLiteral(":") && (hour < 5 || hour > 23))
                return null;
        }
        // a bare hour joined to a relative day or a weekday ("tonight around 7", "Monday at 2.30"): that day, and
        // after noon when its part of the day is ("last night at 8" = 20:00)
        string? dayValue = null;
        if (m.First("REL") is { } rel) dayValue = Rel(rel, cx.Anchor)?.Value;
        else if (m.First("WEEKDAY") != null) dayValue = Weekday(m, cx)?.Value;
        if (dayValue != null)
        {
            int pi = dayValue.IndexOf('T');
            var part = pi >= 0 ? dayValue[pi..] : PartOfDay(m) is { Length: > 0 } p0 ? p0 : "";
            if (pi >= 0) dayValue = dayValue[..pi];
            if (m.First("AMPM") == null && m.First("AMPMX") == null) hour = AfterNoon(hour, part);
        }
        if (hour > 24 || minute > 59) return null;
        if (hour == 24) hour = 0;
        var date = dayValue ?? (cx.Anchor is DateOnly a ? Iso(a) : "XXXX-XX-XX");
        var zone = m.First("ZONE")?.Value;
        string offset = "";
        var hours = m.All("HOUR").ToList();
        if (hours.Count == 2 && zone != null && (zone == "Z" || zone[0] is '+' or '-'))
        {
            // a local time with its equivalent in a named zone: the difference is the local offset
            var mins = m.Captures.Where(c => c.Cat == "MIN" && c.Item != null).Select(c => (c.TokStart, (int)c.Item!.Num)).ToList();
            int m1 = mins.FirstOrDefault(x => x.TokStart < hours[1].TokStart).Item2, m2 = mins.FirstOrDefault(x => x.TokStart > hours[1].TokStart).Item2;
            int zoneMin = zone == "Z" ? 0 : (zone[0] == '-' ? -1 : 1) * (int.Parse(zone[1..3], CultureInfo.InvariantCulture) * 60 + int.Parse(zone[4..6], CultureInfo.InvariantCulture));
            int diff = ((int)hours[0].Num * 60 + m1) - ((int)hours[1].Num * 60 + m2) + zoneMin;
            if (diff > 720) diff -= 1440;
            if (diff < -720) diff += 1440;
            minute = m1;
            offset = diff == 0 ? "Z" : $"{(diff < 0 ? '-' : '+')}{D2(Math.Abs(diff) / 60)}:{D2(Math.Abs(diff) % 60)}";
            zone = null;
        }
        if (offset.Length > 0) { }
        else if (zone != null && cx.Anchor is DateOnly ad) offset = ZoneOffset(zone, ad);
        else if (zone is not null && zone != "local" && (zone == "Z" || zone[0] is '+' or '-')) offset = zone;
        bool about = m.First("TIMEPREP")?.Value == "about" || m.First("MOD")?.Value == "about" || m.HasLiteral("ish") || m.First("CLOCK")?.Value.EndsWith('~') == true;
        // "19:56:30": seconds, written only when not zero
        var secs = hours.Count == 1 ? m.All("MIN").Skip(1).FirstOrDefault() : null;
        var sec = secs != null && secs.Num > 0 ? ":" + D2((int)secs.Num) : "";
        return new Resolved(TimeKinds.Time, $"{date}T{D2(hour)}:{D2(minute)}{sec}{offset}", about, about ? "about" : null);
    }

    /// <summary>
    /// A clock time with its minutes in words after or before the hour: "sept heures dix" (7:10), "huit heures moins
    /// vingt" (7:40), "sept heures et quart" (7:15), "half past seven" (7:30), "20 min past eight" (8:20), "a
    /// quarter to nine" (8:45).
    /// </summary>
    static Resolved? ClockWords(RuleMatch m, ResolveContext cx)
    {
        var hourCap = m.Captures.LastOrDefault(c => c.Item != null && c.Cat is "HOUR" or "HOURW" or "CLOCK");
        if (hourCap.Item == null) return null;
        // "midi moins le quart", "a quarter past midnight": the hour of a clock word ("12:00")
        int hour = hourCap.Cat == "CLOCK"
            ? int.TryParse(hourCap.Item.Value.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int ch) && hourCap.Item.Value.EndsWith(":00", StringComparison.Ordinal) ? ch : -1
            : (int)hourCap.Item.Num;
        if (hour < 0) return null;
        var minCap = m.Captures.FirstOrDefault(c => c.Item != null && c.Cat == "NUM" && c.TokStart != hourCap.TokStart);
        int minutes = m.HasLiteral("quart") || m.HasLiteral("quarter") ? 15
            : m.HasLiteral("demie") || m.HasLiteral("demi") || m.HasLiteral("half") ? 30
            : minCap.Item != null ? (int)minCap.Item.Num : -1;
        if (minutes is < 1 or > 59 || hour > 23 || (minCap.Item != null && minCap.Item.Num != Math.Floor(minCap.Item.Num))) return null;
        bool before = m.HasLiteral("moins") || m.HasLiteral("to");
        var marker = m.First("AMPM")?.Value ?? m.First("DAYPART")?.Value switch { null => null, "TMO" => "am", "TNI" when hour < 6 => "am", _ => "pm" };
        if (marker == "pm" && hour < 12) hour += 12;
        if (marker == "am" && hour == 12) hour = 0;
        int total = (hour * 60 + (before ? -minutes : minutes) + 1440) % 1440;
        var date = cx.Anchor is DateOnly a ? Iso(a) : "XXXX-XX-XX";
        return new Resolved(TimeKinds.Time, $"{date}T{D2(total / 60)}:{D2(total % 60)}");
    }

    /// <summary>An hour of 1-11 read in a part of the day after noon (TAF, TEV; TNI from 6) is a pm hour.</summary>
    static int AfterNoon(int hour, string part) => part switch
    {
        "TAF" or "TEV" when hour is >= 1 and < 12 => hour + 12,
        "TNI" when hour is >= 6 and < 12 => hour + 12,
        _ => hour,
    };

    /// <summary>
    /// "5 to 6pm", "between 5 and 6 in the afternoon", "9.30-4.30pm", "16-17 heures", "between 3 and 8": two clock
    /// times sharing the am/pm marker or part of the day written after the second; the first takes it too unless it
    /// would then come after the second.
    /// </summary>
    static Resolved? ClockRange(RuleMatch m, ResolveContext cx)
    {
        var hours = m.Captures.Where(c => c.Item != null && c.Cat is "HOUR" or "HOURW" or "HHMM").ToList();
        if (hours.Count != 2) return null;
        int[] h = [(int)hours[0].Item!.Num, (int)hours[1].Item!.Num], mi = [0, 0];
        if (hours[0].Cat == "HHMM")
        {
            // "0730-0930": four digits with a leading zero, so not a pair of years or numbers
            if (hours[1].Cat != "HHMM" || hours[0].Item!.Value.Length != 4 || hours[0].Item!.Value[0] != '0') return null;
            mi = [h[0] % 100, h[1] % 100];
            h = [h[0] / 100, h[1] / 100];
        }
        foreach (var c in m.Captures)
            if (c.Item != null && c.Cat is "MIN" or "NUM")
            {
                int k = c.TokStart > hours[1].TokStart ? 1 : 0;
                if (c.Item.Num is < 0 or > 59 || c.Item.Num != Math.Floor(c.Item.Num)) return null;
                mi[k] = (int)c.Item.Num;
            }
        if (h[0] > 24 || h[1] > 24) return null;
        // a part of the day between the two hours belongs to the first ("du 3 matin jusqu'à 5pm"), one after them to both
        LatticeItem? firstPart = null, endPart = null;
        foreach (var c in m.Captures)
            if (c.Item != null && c.Cat == "DAYPART")
            {
                if (c.TokStart > hours[0].TokStart && c.TokStart < hours[1].TokStart) firstPart = c.Item;
                else endPart ??= c.Item;
            }
        var marker = m.First("AMPM")?.Value ?? endPart?.Value switch { null => null, "TMO" => "am", _ => "pm" };
        if (marker == "pm" && h[1] < 12) h[1] += 12;
        if (marker == "am" && h[1] == 12) h[1] = 0;
        if (firstPart != null) h[0] = AfterNoon(h[0], firstPart.Value);
        else if (marker == "pm" && h[0] < 12 && (h[0] + 12) * 60 + mi[0] <= h[1] * 60 + mi[1]) h[0] += 12;
        // without a marker, an end before the start is after noon: "11-4" is 11:00 to 16:00, "8-6" 8:00 to 18:00
        if (marker == null && h[1] < 12 && h[0] <= 12 && h[0] * 60 + mi[0] > h[1] * 60 + mi[1]) h[1] += 12;
        if (h[0] * 60 + mi[0] == h[1] * 60 + mi[1]) return null;
        var date = cx.Anchor is DateOnly a ? Iso(a) : "XXXX-XX-XX";
        // a day inside the match ("Monday 3-8", "next Monday morning 6-8") dates both ends
        string? dayValue = m.First("REL") is { } rel ? Rel(rel, cx.Anchor)?.Value : m.First("WEEKDAY") != null ? Weekday(m, cx)?.Value : null;
        if (dayValue != null)
        {
            int pi = dayValue.IndexOf('T');
            var part = pi >= 0 ? dayValue[pi..] : "";
            date = pi >= 0 ? dayValue[..pi] : dayValue;
            if (marker == null && part.Length > 0) { h[0] = AfterNoon(h[0], part); h[1] = AfterNoon(h[1], part); }
        }
        return new Resolved(TimeKinds.Time, $"{date}T{D2(h[0] % 24)}:{D2(mi[0])}/{date}T{D2(h[1] % 24)}:{D2(mi[1])}");
    }

    /// <summary>"in the morning", "dans la soirée", "le matin": that part of the anchor day.</summary>
    static Resolved? DayPart(RuleMatch m, ResolveContext cx)
    {
        var part = (m.First("DAYPART") ?? m.First("MEAL") ?? m.First("MEALT"))!.Value;
        return cx.Anchor is DateOnly a ? new Resolved(TimeKinds.Date, Iso(a) + part, FullDate: a) : new Resolved(TimeKinds.Date, "XXXX-XX-XX" + part);
    }

    /// <summary>
    /// "on the 18th", "le 23": a day of the month without its month, in the anchor's month or the one after (future
    /// or no tense, when the day has passed) or before (past tense, when it is still to come).
    /// </summary>
    static Resolved? DayOnly(RuleMatch m, ResolveContext cx)
    {
        var item = (m.First("DAY") ?? m.First("DAYW"))!;
        int day = (int)item.Num;
        if (day is < 1 or > 31) return null;
        // "the 18th", not "the 18" ("the 2 leaders") nor "the second"
        bool hoursAfter = m.Captures.Any(c => c.Context && c.Cat == "HOUR");
        if (m.HasLiteral("the") && !hoursAfter && !(m.HasLiteral("th") || m.HasLiteral("st") || m.HasLiteral("nd") || m.HasLiteral("rd"))) return null;
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-XX-{D2(day)}");
        var first = new DateOnly(a.Year, a.Month, 1);
        int step = cx.Tense < 0 ? -1 : 1;
        var d = first;
        for (int k = 0; k < 3; k++, d = d.AddMonths(step))
        {
            if (day > DateTime.DaysInMonth(d.Year, d.Month)) continue;
            var c = new DateOnly(d.Year, d.Month, day);
            if (step > 0 ? c >= a : c <= a) return new Resolved(TimeKinds.Date, Iso(c), FullDate: c);
        }
        return null;
    }

    /// <summary>The day of a holiday rule (holidays.tsv: "12-25", "11:4:4+1", "E+1") in a year, or null.</summary>
    internal static DateOnly? HolidayDate(string rule, int year)
    {
        if (year is < 1583 or > 9998) return null;
        if (rule.StartsWith('E'))
            return Easter(year).AddDays(int.Parse(rule.AsSpan(1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        if (rule.Length == 5 && rule[2] == '-')
        {
            int mo = int.Parse(rule.AsSpan(0, 2), CultureInfo.InvariantCulture), d = int.Parse(rule.AsSpan(3, 2), CultureInfo.InvariantCulture);
            return d <= DateTime.DaysInMonth(year, mo) ? new DateOnly(year, mo, d) : null;
        }
        int plus = rule.IndexOfAny(['+']);
        int offset = plus > 0 ? int.Parse(rule.AsSpan(plus + 1), CultureInfo.InvariantCulture) : 0;
        var parts = (plus > 0 ? rule[..plus] : rule).Split(':');
        if (parts.Length != 3) return null;
        int month = int.Parse(parts[0], CultureInfo.InvariantCulture), n = int.Parse(parts[1], CultureInfo.InvariantCulture), w = int.Parse(parts[2], CultureInfo.InvariantCulture);
        DateOnly day;
        if (n > 0)
        {
            day = new DateOnly(year, month, 1);
            while (IsoDow(day) != w) day = day.AddDays(1);
            day = day.AddDays(7 * (n - 1));
        }
        else
        {
            day = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            while (IsoDow(day) != w) day = day.AddDays(-1);
        }
        return day.AddDays(offset);
    }

    /// <summary>Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).</summary>
    static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451, month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(y, month, day);
    }

    /// <summary>
    /// A holiday: in the year written, else "last"/"next" the one strictly before/after the anchor, "this" the anchor's
    /// year's, a past clause the latest not after the anchor, a future clause the next not before it, and without
    /// tense the nearest one.
    /// </summary>
    /// <summary>The weekend nearest a holiday (Labor Day, a Monday: the weekend before; Halloween 2021, a Sunday: its own).</summary>
    static Resolved? HolidayWeekend(RuleMatch m, ResolveContext cx)
    {
        if (Holiday(m, cx) is not { FullDate: DateOnly d } h) return cx.Anchor == null ? new Resolved(TimeKinds.Date, "XXXX-WXX-WE") : null;
        return new Resolved(TimeKinds.Date, IsoWeek(NearestWeekday(d, 6)) + "-WE", Explicit: h.Explicit);
    }

    static Resolved? Holiday(RuleMatch m, ResolveContext cx)
    {
        var rule = m.First("HOLIDAY")!.Value;
        if (m.First("YEAR") is { } y)
            return HolidayDate(rule, (int)y.Num) is DateOnly hd ? new Resolved(TimeKinds.Date, Iso(hd), FullDate: hd, Explicit: true) : null;
        if (cx.Anchor is not DateOnly a)
        {
            if (rule.Length == 5 && rule[2] == '-') return new Resolved(TimeKinds.Date, "XXXX-" + rule);
            return new Resolved(TimeKinds.Date, "XXXX-XX-XX");
        }
        if (m.HasLiteral("year") || m.HasLiteral("annee"))
        {
            var yd = m.First("DIR") ?? m.First("DIRPOST");
            if (yd == null) return null;
            int yy0 = a.Year + Math.Sign(int.Parse(yd.Value, CultureInfo.InvariantCulture));
            return HolidayDate(rule, yy0) is DateOnly hy ? new Resolved(TimeKinds.Date, Iso(hy), FullDate: hy) : null;
        }
        DateOnly? prev = null, next = null, same = HolidayDate(rule, a.Year);
        for (int yy = a.Year - 1; yy <= a.Year + 1; yy++)
        {
            if (HolidayDate(rule, yy) is not DateOnly d) continue;
            if (d < a) prev = d;
            else if (d > a && next == null) next = d;
        }
        int dir = m.First("DIR") is { } di ? int.Parse(di.Value, CultureInfo.InvariantCulture) : 2;
        var onDay = same == a ? same : null;
        DateOnly? pick = dir switch
        {
            -1 => prev,
            1 => next,
            0 => same,
            _ when onDay != null => onDay,
            _ when cx.Options.HolidaysAhead => next,
            _ when cx.Tense < 0 => prev,
            _ when cx.Tense > 0 => next,
            _ => prev is DateOnly p && next is DateOnly n ? (a.DayNumber - p.DayNumber <= n.DayNumber - a.DayNumber ? p : n) : prev ?? next,
        };
        return pick is DateOnly r ? new Resolved(TimeKinds.Date, Iso(r), FullDate: r) : null;
    }

    /// <summary>"the first week of 2015" = 2015-W01, "the last week of 2016" = 2016-W52 (ISO weeks).</summary>
    /// <summary>
    /// The nth (or last) week of a month as an ISO week, a week belonging to the month that holds at least four of its
    /// days (as ISO weeks belong to years): the first week of January 2015 is 2015-W01, from 2014-12-29.
    /// </summary>
    static Resolved? MonthWeek(RuleMatch m, ResolveContext cx)
    {
        int y, mo;
        bool explicitYear = m.First("YEAR") != null;
        if (m.First("MONTH") != null)
        {
            if (Month(m, cx) is not { } month || month.Value.StartsWith('X')) return null;
            y = int.Parse(month.Value.AsSpan(0, 4), CultureInfo.InvariantCulture);
            mo = int.Parse(month.Value.AsSpan(5, 2), CultureInfo.InvariantCulture);
        }
        else if (cx.Anchor is DateOnly a)
        {
            var dir = m.First("DIR") ?? m.First("DIRPOST");
            var md = a.AddMonths(dir != null ? int.Parse(dir.Value, CultureInfo.InvariantCulture) : 0);
            (y, mo) = (md.Year, md.Month);
        }
        else return null;
        var first = new DateOnly(y, mo, 1);
        var last = first.AddMonths(1).AddDays(-1);
        // the first week holds the month's first day when at least four of its days are in the month (the 1st is a
        // Monday to a Thursday), else it is the next one; the last week likewise (July 2017 ends on a Monday: its last
        // week is the 24th-30th)
        var firstWeek = IsoDow(first) > 4 ? first.AddDays(8 - IsoDow(first)) : first;
        DateOnly day;
        double? nth = m.First("DAY")?.Num ?? (m.First("QORD") is { } q && q.Value != "4" ? int.Parse(q.Value, CultureInfo.InvariantCulture) : null);
        if (nth is double n)
        {
            if (n is < 1 or > 5 || n != Math.Floor(n)) return null;
            day = firstWeek.AddDays(7 * ((int)n - 1));
            if (day > last) return null;
        }
        else if (m.First("QORD") != null) return null;
        else day = IsoDow(last) < 4 ? last.AddDays(-IsoDow(last)) : last;
        return new Resolved(TimeKinds.Date, IsoWeek(day), Explicit: explicitYear);
    }

    /// <summary>
    /// A fiscal (FY2018), school (SY2019) or calendar year (2019): the number written, or the reference's year moved by
    /// last/next; FYXXXX when neither is known. Which months a fiscal or school year covers depends on the
    /// organisation and the country, so the value names the year as the text does and no more.
    /// </summary>
    static Resolved? FiscalYear(RuleMatch m, ResolveContext cx)
    {
        var kind = m.First("FYEAR")!.Value;
        var prefix = kind == "CY" ? "" : kind;
        int? y = null;
        if (m.First("YEAR") is { } yi) y = (int)yi.Num;
        else if (m.First("DIGITS") is { } dg)
        {
            if (dg.Value.Length != 2) return null;
            y = 2000 + (int)dg.Num;
        }
        else if ((m.First("DIR") ?? m.First("DIRPOST")) is { } dir)
        {
            if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, prefix + "XXXX");
            y = a.Year + int.Parse(dir.Value, CultureInfo.InvariantCulture);
        }
        // a bare "fy", "sy", "cy" is an abbreviation only with its year
        else if (m.Captures.Any(c => c.Cat == "FYEAR" && c.TokEnd - c.TokStart == 1)) return null;
        return new Resolved(TimeKinds.Date, y is int yr ? prefix + Y4(yr) : prefix + "XXXX", Explicit: m.First("YEAR") != null);
    }

    static Resolved? YearWeek(RuleMatch m, ResolveContext cx)
    {
        int y;
        if (m.First("YEAR") is { } yi) y = (int)yi.Num;
        else if (cx.Anchor is DateOnly a) y = a.Year + (m.First("DIR") is { } dir ? int.Parse(dir.Value, CultureInfo.InvariantCulture) : 0);
        else return null;
        int weeks = ISOWeek.GetWeeksInYear(y);
        var num = m.First("DAY") ?? m.First("NUM");
        if (num != null && num.Num != Math.Floor(num.Num)) return null;
        int n = num != null ? (int)num.Num : weeks;
        if (n < 1 || n > weeks) return null;
        return new Resolved(TimeKinds.Date, $"{Y4(y)}-W{D2(n)}", Explicit: m.First("YEAR") != null);
    }

    /// <summary>"2019 H2", "the first half of 2019", "au second semestre": a half-year (TIMEX3 "2019-H2").</summary>
    static Resolved? Half(RuleMatch m, ResolveContext cx)
    {
        int h = m.First("QORD") is { } q ? int.Parse(q.Value, CultureInfo.InvariantCulture) : (int)(m.First("DIGITS")?.Num ?? 0);
        if (h is < 1 or > 2) return null;
        if (m.First("YEAR") is { } y) return new Resolved(TimeKinds.Date, $"{Y4((int)y.Num)}-H{h}", Explicit: true);
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-H{h}");
        int cur = a.Month <= 6 ? 1 : 2, year = a.Year;
        if (cx.Tense < 0 && h > cur) year--;
        else if (cx.Tense > 0 && h < cur) year++;
        return new Resolved(TimeKinds.Date, $"{Y4(year)}-H{h}");
    }

    /// <summary>"next week Wednesday", "Tuesday of last week", "mardi de la semaine prochaine": that weekday of that ISO week.</summary>
    static Resolved? WeekOfDay(RuleMatch m, ResolveContext cx)
    {
        int w = int.Parse(m.First("WEEKDAY")!.Value, CultureInfo.InvariantCulture);
        var dirItem = m.First("DIR") ?? m.First("DIRPOST");
        if (dirItem == null) return null;
        int dir = int.Parse(dirItem.Value, CultureInfo.InvariantCulture);
        var part = PartOfDay(m);
        if (cx.Anchor is not DateOnly a) return new Resolved(TimeKinds.Date, $"XXXX-WXX-{w}{part}");
        var d = a.AddDays(7 * dir + w - IsoDow(a));
        return new Resolved(TimeKinds.Date, Iso(d) + part, FullDate: d);
    }

    /// <summary>UTC offset of a zone on a date (DST rules of the EU, UK and US for the named zones).</summary>
    internal static string ZoneOffset(string zone, DateOnly d)
    {
        if (zone == "local") return "";
        if (zone == "Z" || zone[0] is '+' or '-') return zone;
        bool euSummer = d >= LastSunday(d.Year, 3) && d < LastSunday(d.Year, 10);
        bool usSummer = d >= NthSunday(d.Year, 3, 2) && d < NthSunday(d.Year, 11, 1);
        return zone switch
        {
            "CET" => euSummer ? "+02:00" : "+01:00",
            "EET" => euSummer ? "+03:00" : "+02:00",
            "UK" => euSummer ? "+01:00" : "Z",
            "US-E" => usSummer ? "-04:00" : "-05:00",
            "US-P" => usSummer ? "-07:00" : "-08:00",
            _ => "",
        };
    }

    static DateOnly LastSunday(int y, int month)
    {
        var d = new DateOnly(y, month, DateTime.DaysInMonth(y, month));
        while (d.DayOfWeek != DayOfWeek.Sunday) d = d.AddDays(-1);
        return d;
    }

    static DateOnly NthSunday(int y, int month, int n)
    {
        var d = new DateOnly(y, month, 1);
        while (d.DayOfWeek != DayOfWeek.Sunday) d = d.AddDays(1);
        return d.AddDays(7 * (n - 1));
    }
}
