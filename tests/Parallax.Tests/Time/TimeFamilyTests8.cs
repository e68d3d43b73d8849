using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The eighth round of spec failure families (docs/time.md): offsets in several parts ("3 years and 4 months ago"), a
/// duration running from a day ("for 5 days from Monday"), "tmrw", plural "weekends" as a recurrence, and holidays kept
/// apart from a clock time under the calendar conventions. Sentences are written for these tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests8
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // an offset in several parts, counted from the publication day with the largest unit first
    [InlineData("The factory closed 3 years and 4 months ago.", "3 years and 4 months ago", "2013-07")]
    [InlineData("The ceasefire collapsed 1 week and 3 days ago.", "1 week and 3 days ago", "2016-10-28")]
    [InlineData("Talks resume two weeks and one day from now.", "two weeks and one day from now", "2016-11-22")]
    // a duration after "for" that runs from a day: a range
    [InlineData("The bridge stays shut for 5 days from tomorrow.", "for 5 days from tomorrow", "2016-11-08/2016-11-13")]
    [InlineData("Curfew is in force for two weeks from today.", "for two weeks from today", "2016-11-07/2016-11-21")]
    // without "for", the day counted from the other
    [InlineData("The vote comes 5 days from tomorrow.", "5 days from tomorrow", "2016-11-13")]
    // "tmrw", the texting spelling of tomorrow
    [InlineData("Can we talk tmrw?", "tmrw", "2016-11-08")]
    [InlineData("The results land four days from tmrw.", "four days from tmrw", "2016-11-12")]
    // "weekends" alone: a recurrence
    [InlineData("The market opens weekends.", "weekends", "P1WE")]
    public void Family(string text, string span, string value) =>
        Assert.Equal(value, Find(text, span, "en", Mon).Value);

    [Fact]
    public void SeveralPartsLaterUnderTheCalendarConventions()
    {
        // 2016-11-07 + 1 year = 2017-11-07, + 2 months = 2018-01-07, + 25 days = 2018-02-01
        Assert.Equal("2018-02-01", Find("The loan is repaid 1 year 2 months 25 days later.", "1 year 2 months 25 days later", "en", Mon, TimeOptions.Calendar).Value);
        Assert.Equal("2013-07-07", Find("The factory closed 3 years and 4 months ago.", "3 years and 4 months ago", "en", Mon, TimeOptions.Calendar).Value);
        // news conventions: a duration ("later" counts from the event told)
        Assert.Equal("P1Y2M25D", Find("The loan was repaid 1 year 2 months 25 days later.", "1 year 2 months 25 days later", "en", Mon).Value);
    }

    [Fact]
    public void HolidayApartFromItsClockTimeUnderTheCalendarConventions()
    {
        var cal = TimeOptions.Calendar;
        var times = TimeStage.Extract("The parade starts on Thanksgiving at 9:30 am.", Mon, "en", default, cal);
        Assert.Contains(times, t => t.Text == "Thanksgiving" && t.Value == "2016-11-24");
        Assert.Contains(times, t => t.Text.EndsWith("9:30 am", StringComparison.Ordinal) && t.Kind == TimeKinds.Time && !t.Text.Contains("Thanksgiving", StringComparison.Ordinal));
        // news conventions: one date-time
        Assert.Equal("2016-11-24T09:30", Find("The parade starts on Thanksgiving at 9:30 am.", "Thanksgiving at 9:30 am", "en", Mon).Value);
        // a day that is not a holiday still joins its time under the calendar conventions
        Assert.Equal("2016-11-08T09:30", Find("The parade starts tomorrow at 9:30 am.", "tomorrow at 9:30 am", "en", Mon, cal).Value);
    }

    [Fact]
    public void PartsOfPeriodsAsDaysUnderTheCalendarConventions()
    {
        var cal = TimeOptions.Calendar;
        Assert.Equal("2011-07-02/2014-01-01", Find("Prices rose from the middle of 2011 to the end of 2013.", "from the middle of 2011 to the end of 2013", "en", Mon, cal).Value);
        Assert.Equal("2016-05-01/2016-10-16", Find("The works ran from the end of April to the middle of October.", "from the end of April to the middle of October", "en", Mon, cal).Value);
        Assert.Equal("2016-02-01/2016-06-16", Find("Les travaux iront du début de février au milieu de juin.", "du début de février au milieu de juin", "fr", Mon, cal).Value);
        // news conventions: the periods themselves, in order
        Assert.Equal("2011/2013", Find("Prices rose from the middle of 2011 to the end of 2013.", "from the middle of 2011 to the end of 2013", "en", Mon).Value);
        Assert.Equal("2016-04/2016-10", Find("The works ran from the end of April to the middle of October.", "from the end of April to the middle of October", "en", Mon).Value);
    }

    [Fact]
    public void AmountsAreNotDays()
    {
        var times = TimeStage.Extract("She paid $14 March 3 for the tickets.", Mon, "en");
        Assert.Contains(times, t => t.Text == "March 3" && t.Value.EndsWith("-03-03", StringComparison.Ordinal));
        Assert.DoesNotContain(times, t => t.Text.Contains("14", StringComparison.Ordinal));
        Assert.DoesNotContain(TimeStage.Extract("The fare rose to € 9 in the morning.", Mon, "en"), t => t.Text.Contains('9', StringComparison.Ordinal));
    }

    [Fact]
    public void CountedPeriodsInSeveralParts()
    {
        var cal = TimeOptions.Calendar;
        // 2016-11-07 - 2 months = 2016-09-07, - 10 days = 2016-08-28
        Assert.Equal("2016-08-28/2016-11-07", Find("Rents climbed over the past 2 months and 10 days.", "the past 2 months and 10 days", "en", Mon, cal).Value);
        // news conventions: one duration
        Assert.Equal("P2M10D", Find("Rents climbed over the past 2 months and 10 days.", "the past 2 months and 10 days", "en", Mon).Value);
    }
}
