using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The fourth round of spec failure families (docs/time.md, "Spec failure families", steps 15-): a clock time and a
/// day in other orders, bare hours joined to a day, clock ranges sharing a day and a pm, periods counted from the
/// reference clock time, "the year" / "the week" alone (a calendar convention), the first or last N units of a year,
/// the nth month of a year. Sentences are written for these tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests4
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // a clock range joined to a day takes the day on both ends, and the end's pm reaches the start
    [InlineData("The hearing will resume Tuesday at 2:00 - 2:30 pm.", "Tuesday at 2:00 - 2:30 pm", "en", "2016-11-08T14:00/2016-11-08T14:30")]
    [InlineData("The vote is scheduled at 2:00 - 2:30 pm on Thursday.", "at 2:00 - 2:30 pm on Thursday", "en", "2016-11-10T14:00/2016-11-10T14:30")]
    [InlineData("The court will sit Friday 9:00 - 11:00.", "Friday 9:00 - 11:00", "en", "2016-11-11T09:00/2016-11-11T11:00")]
    [InlineData("The office will be closed between 2:00 tomorrow and 4:00.", "between 2:00 tomorrow and 4:00", "en", "2016-11-08T02:00/2016-11-08T04:00")]
    // a range of clock times before "on" or "of" a date, or right before a day without an opener
    [InlineData("Polls open between 10 and 11:30 on 1/1/2017.", "between 10 and 11:30 on 1/1/2017", "en", "2017-01-01T10:00/2017-01-01T11:30")]
    [InlineData("The talks will run five to seven tomorrow.", "five to seven tomorrow", "en", "2016-11-08T05:00/2016-11-08T07:00")]
    // a bare hour joined to a day ("at 4" alone is not a time)
    [InlineData("The minister will arrive on Friday the 25th at 4.", "Friday the 25th at 4", "en", "2016-11-25T04:00")]
    [InlineData("The minister will arrive on Friday 25 at 4.", "Friday 25 at 4", "en", "2016-11-25T04:00")]
    [InlineData("He will speak 10, tonight.", "10, tonight", "en", "2016-11-07T22:00")]
    [InlineData("The ceremony will start Wednesday 4 o'clock.", "Wednesday 4 o'clock", "en", "2016-11-09T04:00")]
    [InlineData("The doors will open thursday 11/10 11.00am.", "thursday 11/10 11.00am", "en", "2016-11-10T11:00")]
    // hours with their minutes in words
    [InlineData("The launch is set for tomorrow at seven twenty-five.", "tomorrow at seven twenty-five", "en", "2016-11-08T07:25")]
    [InlineData("The launch is set for five-thirty tomorrow evening.", "five-thirty tomorrow evening", "en", "2016-11-08T17:30")]
    // a part of the next or the last day
    [InlineData("The strike ends next evening from 7 to 9.", "next evening from 7 to 9", "en", "2016-11-08T19:00/2016-11-08T21:00")]
    [InlineData("Shots were heard between 7 and 9 last morning.", "between 7 and 9 last morning", "en", "2016-11-06T07:00/2016-11-06T09:00")]
    // a part of the day after a time that has its day
    [InlineData("The parade starts on Sunday at 8:00 early morning.", "Sunday at 8:00 early morning", "en", "2016-11-06T08:00")]
    // "later this week", "earlier in the week": the unit (span: the unit, as in the news gold)
    [InlineData("A deal is expected later this week.", "this week", "en", "2016-W45")]
    [InlineData("The deal was agreed earlier in the week.", "in the week", "en", "2016-W45")]
    // "this past" / "this upcoming" weekday: the nearest one
    [InlineData("The board met this past Sunday.", "this past Sunday", "en", "2016-11-06")]
    [InlineData("The board meets this upcoming Friday.", "this upcoming Friday", "en", "2016-11-11")]
    // the nth month of a year; the first or last N units of a year (days covered, end exclusive)
    [InlineData("Elections are due in the third month of 2021.", "the third month of 2021", "en", "2021-03")]
    [InlineData("A review is due the 9th month of next year.", "the 9th month of next year", "en", "2017-09")]
    [InlineData("Hotels are full for the first 2 weeks of 2021.", "the first 2 weeks of 2021", "en", "2021-01-04/2021-01-18")]
    [InlineData("Works are planned for the last 3 weeks of this year.", "the last 3 weeks of this year", "en", "2016-12-12/2017-01-02")]
    [InlineData("Results for the last four months of 2021 are out.", "the last four months of 2021", "en", "2021-09-01/2022-01-01")]
    [InlineData("They visited Paris the first ten days of last year.", "the first ten days of last year", "en", "2015-01-01/2015-01-11")]
    // a month and its year after "in … of"; a part of the day without its determiner
    [InlineData("He was born in April of 1987.", "in April of 1987", "en", "1987-04")]
    [InlineData("The market fell in morning.", "in morning", "en", "2016-11-07TMO")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Theory]
    // a bare hour with no day to join is not a time; "last" as a verb is no past period; "the year" alone in news
    [InlineData("The score was 3 at 4.", "en")]
    [InlineData("Hey, we got a partner of the year.", "en")]
    [InlineData("Have a great week!", "en")]
    [InlineData("Nice day.", "en")]
    public void NotTimes(string text, string lang) =>
        Assert.Empty(TimeStage.Extract(text, Mon, lang));

    [Fact]
    public void LastAsAVerbIsADuration()
    {
        var cal = TimeOptions.Calendar with { ReferenceTime = new TimeOnly(0, 0) };
        Assert.Equal("PT2H", Find("The appointment shouldn't last two hours.", "two hours", "en", Mon, cal).Value);
        Assert.Equal("P3D", Find("The summit will last 3 days.", "3 days", "en", Mon).Value);
    }

    [Fact]
    public void PeriodsFromTheReferenceClock()
    {
        var cal = TimeOptions.Calendar with { ReferenceTime = new TimeOnly(16, 12) };
        Assert.Equal("2016-11-07T16:12/2016-11-07T17:12", Find("Results are due within the next hour.", "next hour", "en", Mon, cal).Value);
        Assert.Equal("2016-11-07T16:12/2016-11-07T16:17", Find("Polls close within 5 minutes.", "within 5 minutes", "en", Mon, cal).Value);
        Assert.Equal("2016-11-07T16:12/2016-11-07T18:12", Find("Polls close within 2h.", "within 2h", "en", Mon, cal).Value);
        Assert.Equal("2016-11-07T15:59/2016-11-07T16:12", Find("Shares fell in the 13 last minutes.", "13 last minutes", "en", Mon, cal).Value);
        // news conventions, or no reference clock: a duration
        Assert.Equal("PT5M", Find("Polls close within 5 minutes.", "within 5 minutes", "en", Mon).Value);
        Assert.Equal("PT5M", Find("Polls close within 5 minutes.", "within 5 minutes", "en", Mon, TimeOptions.Calendar).Value);
    }

    [Fact]
    public void BareUnitsAreACalendarConvention()
    {
        var cal = TimeOptions.Calendar;
        var thu = new DateOnly(2018, 5, 24);
        Assert.Equal("2018", Find("Hey, we got a partner of the year.", "the year", "en", thu, cal).Value);
        Assert.Equal("2018-W21", Find("Hey, we got a partner of the week.", "the week", "en", thu, cal).Value);
        Assert.Equal("2018-05", Find("I'm away for the month.", "the month", "en", thu, cal).Value);
        Assert.Equal("2018-05-24", Find("I'm blocked for the day.", "the day", "en", thu, cal).Value);
        Assert.Equal("2018-W21-WE", Find("Dinner with mom the weekend.", "the weekend", "en", thu, cal).Value);
        Assert.Equal("XXXX-WXX", Find("I was not there the same week.", "the same week", "en", thu, cal).Value);
        Assert.Equal("XXXX-WXX-WE", Find("I was not there that weekend.", "that weekend", "en", thu, cal).Value);
        Assert.Empty(TimeStage.Extract("Hey, we got a partner of the year.", thu, "en"));
    }

    [Fact]
    public void WeekdayWithABareDay()
    {
        var may = new DateOnly(2022, 5, 1);
        // calendar: nothing written contradicts the weekday, so the nearest month where they agree
        Assert.Equal("2022-06-13", Find("I'll go back Mon 13th", "Mon 13th", "en", may, TimeOptions.Calendar).Value);
        // news: the nearest months only, and a conflict when they disagree (the "mardi (12)" rule)
        var news = Find("Le vote a eu lieu mardi (12).", "mardi (12)", "fr", new DateOnly(2025, 2, 12));
        Assert.Equal("2025-02-11", news.Value);
        Assert.NotNull(news.Conflict);
    }
}
