namespace Parallax.Time;

/// <summary>
/// Readings of the time stage that are a choice, not a fact. The defaults follow news usage and the news gold
/// (<see cref="Default"/>); <see cref="Calendar"/> follows the conventions of calendar assistants (the
/// Recognizers-Text suite). The reference clock time is not a convention but an input: when the publication
/// moment is known to the minute, expressions counted in hours, minutes or seconds resolve to a clock time.
/// </summary>
public sealed record TimeOptions
{
    /// <summary>News conventions, no reference clock time.</summary>
    public static readonly TimeOptions Default = new();

    /// <summary>
    /// Calendar-assistant conventions: offsets to the day, next/last weekday in the next/last week, counted periods,
    /// "a few" as three, the day of month over a weekday that contradicts it, "N units later" as a date, "the year"
    /// alone as this year, impossible dates as written, holidays without a year ahead of the reference.
    /// </summary>
    public static readonly TimeOptions Calendar = new()
    {
        OffsetsToTheDay = true, WeekdayOfNextWeek = true, CountedPeriods = true, FewAsThree = true, DayOverWeekday = true,
        LaterAsDate = true, BareUnits = true, ImpossibleAsWritten = true, HolidaysAhead = true, HolidayApartFromTime = true, PartsAsDays = true,
    };

    /// <summary>
    /// The clock time of the reference moment (publication), when known: "in 5 minutes", "il y a 30 minutes", "3
    /// hours ago" then give that moment moved (a time), not the reference day.
    /// </summary>
    public TimeOnly? ReferenceTime { get; init; }

    /// <summary>
    /// "in two months", "il y a deux ans", "three years ago": the same day that many units away (2018-09-05) rather
    /// than the unit it falls in (2018-09), which is the news default (the day is rarely meant).
    /// </summary>
    public bool OffsetsToTheDay { get; init; }

    /// <summary>
    /// "next Friday", "last Wednesday": that weekday of the next / previous ISO week rather than the nearest one
    /// after / before the reference, which is the news default.
    /// </summary>
    public bool WeekdayOfNextWeek { get; init; }

    /// <summary>
    /// "the next 3 days", "the last 3 months", "within 9 months", "les 3 prochaines semaines": the period of days they
    /// cover from or to the reference (2016-11-08/2016-11-11) rather than their length (P3D), the news default.
    /// </summary>
    public bool CountedPeriods { get; init; }

    /// <summary>
    /// "a few hours", "quelques jours", "several weeks": three of the unit (PT3H), as calendar assistants read them,
    /// rather than an unknown quantity (PTXH, approximate), the news default: a reporter's "a few days" has no count.
    /// </summary>
    public bool FewAsThree { get; init; }

    /// <summary>
    /// A weekday that contradicts its day of month ("Friday 5/12" when the 12th is a Sunday): the written day, with the
    /// conflict still reported, rather than the weekday nearest it, the news default (the "mardi (12)" rule: a news
    /// weekday is usually right and the number a slip).
    /// </summary>
    public bool DayOverWeekday { get; init; }

    /// <summary>
    /// "3 weeks later", "30 minutes later", "a fortnight later": the reference moved by that much (a date, or a time
    /// with <see cref="ReferenceTime"/>) rather than the duration (P3W), the news default: in a report "six mois plus
    /// tard" counts from the event told, not from the publication.
    /// </summary>
    public bool LaterAsDate { get; init; }

    /// <summary>
    /// "the year", "the week", "the day", "the weekend" alone ("partner of the year", "I'm away for the month", "dinner
    /// with mom the weekend"): the current one, and "the same week", "that weekend" an unresolved one of the narrative
    /// (XXXX-WXX-WE), as calendar assistants read them. The news default leaves them unread: in articles "the year",
    /// "the week" and "the day" alone are idioms ("player of the year", "the day before the vote") far more often
    /// than dates.
    /// </summary>
    public bool BareUnits { get; init; }

    /// <summary>
    /// An impossible date ("feb 30", "29/2/2019"): the value as written (2019-02-30), as calendar assistants keep it,
    /// with the conflict still reported, rather than the month's last day, the news default (the most plausible
    /// date a reader can act on).
    /// </summary>
    public bool ImpossibleAsWritten { get; init; }

    /// <summary>
    /// A holiday without its year counted from ("2 weeks before Christmas", "three months after Easter"): the next
    /// occurrence from the reference, whatever the tense, as calendar assistants read it, rather than the one the
    /// clause's tense points to, the news default ("it happened 2 weeks before Christmas" is last Christmas).
    /// </summary>
    public bool HolidaysAhead { get; init; }

    /// <summary>
    /// A holiday and a clock time after it ("Easter Monday at 10:30 am", "christmas eve at 6 p.m."): two expressions,
    /// the holiday's day and the time, as the Recognizers-Text suite keeps them, rather than one date-time, the news
    /// default (a reader wants the moment).
    /// </summary>
    public bool HolidayApartFromTime { get; init; }

    /// <summary>
    /// A range whose ends are parts of years or months ("from the middle of 2007 to the end of 2008", "between the end
    /// of March and the middle of September"): days, the middle as the 16th (2 July for a year) and the end as the first
    /// day after the period (2007-07-02/2009-01-01), as the Recognizers-Text suite reads them, rather than the periods
    /// themselves (2007/2008), the news default (the text gives no day).
    /// </summary>
    public bool PartsAsDays { get; init; }
}
