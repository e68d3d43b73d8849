using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The ninth round of spec failure families (docs/time.md, step 32): kinds of year glued to their digits ("FY18"), two-digit
/// years, a day of every month, a weekday with a dashed month-day, "Month, 1st", day-month-"of"-two-digit-year, year-first
/// dates with spaces, years in words after a month, month-day ranges with "the", numeric dates in lists, "from … and" that
/// is no range, counts that do not agree with a singular unit, "a couple of", "another", "after" between a day and its
/// clock time, seasons alone and a bare hour after a month or year (calendar conventions). Sentences are written for these
/// tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests9
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // a kind of year glued to its two digits
    [InlineData("The firm reported its FY18 results on Tuesday.", "FY18", "FY2018")]
    [InlineData("Sales were flat across cy19.", "cy19", "2019")]
    // two-digit years: 40-99 are 19xx, 00-39 20xx
    [InlineData("The armistice copy is dated 05/08/45.", "05/08/45", "1945-05-08")]
    [InlineData("The bond matures on 3/14/29.", "3/14/29", "2029-03-14")]
    [InlineData("She was born on 9 March of 71.", "9 March of 71", "1971-03-09")]
    // a day of every month
    [InlineData("Rent is due on the 5th of every month.", "the 5th of every month", "XXXX-XX-05")]
    // a weekday with its month and day joined by dashes, or in brackets (a lower-case month too)
    [InlineData("The hearing is set for Friday-Nov-18.", "Friday-Nov-18", "2016-11-18")]
    [InlineData("the hearing is set for friday (nov-18) now", "friday (nov-18)", "2016-11-18")]
    // a comma between a month and its ordinal day
    [InlineData("The rules took effect October, 1st, 2017.", "October, 1st, 2017", "2017-10-01")]
    // a full date after "in"
    [InlineData("The order came in May 5, 2015 from the court.", "May 5, 2015", "2015-05-05")]
    // year first, with spaces
    [InlineData("The filing is dated 2015 12 03.", "2015 12 03", "2015-12-03")]
    // a year in words after its month ("thousand and twelve" alone is no year)
    [InlineData("The law took effect March two thousand and twelve.", "March two thousand and twelve", "2012-03")]
    // a month-day range with "the" and ordinal words
    [InlineData("The fair ran from May the second till the ninth, 2015.", "from May the second till the ninth, 2015", "2015-05-02/2015-05-09")]
    // a weekday with a day.month written with a point (month first in English)
    [InlineData("The hearing is this Friday 11.18.", "this Friday 11.18", "2016-11-18")]
    // "another" and "a couple of" count units
    [InlineData("The vote was put off for another day.", "for another day", "P1D")]
    [InlineData("They met a couple of days ago.", "a couple of days ago", "2016-11-05")]
    // Central and Mountain time zones
    [InlineData("The launch is at 9 am CST.", "at 9 am CST", "2016-11-07T09:00-06:00")]
    // sets: every weekday; "otd" (on this day)
    [InlineData("The shuttle runs every weekday.", "every weekday", "P1WD")]
    [InlineData("The poet died otd in 1891.", "otd", "2016-11-07")]
    public void Family(string text, string span, string value) =>
        Assert.Equal(value, Find(text, span, "en", Mon).Value);

    [Fact]
    public void NumericDatesInAList()
    {
        var times = TimeStage.Extract("The panel can meet on 11/20, 11/22 or 11/25.", Mon, "en");
        Assert.Contains(times, t => t.Text == "11/20" && t.Value.EndsWith("-11-20", StringComparison.Ordinal));
        Assert.Contains(times, t => t.Text == "11/22" && t.Value.EndsWith("-11-22", StringComparison.Ordinal));
        Assert.Contains(times, t => t.Text == "11/25" && t.Value.EndsWith("-11-25", StringComparison.Ordinal));
        // without a date before, a bare pair stays unread
        Assert.DoesNotContain(TimeStage.Extract("The shop is open 24/7 or close to it.", Mon, "en"), t => t.Text.Contains("24/7", StringComparison.Ordinal));
    }

    [Fact]
    public void FromAndIsNoRange()
    {
        Assert.DoesNotContain(TimeStage.Extract("Figures from 2012 and 2014 were compared.", Mon, "en"), t => t.Value.Contains('/', StringComparison.Ordinal));
        Assert.Equal("2012/2014", Find("Prices rose between 2012 and 2014.", "between 2012 and 2014", "en", Mon).Value);
        Assert.Equal("2012/2014", Find("Prices rose from 2012 to 2014.", "from 2012 to 2014", "en", Mon).Value);
    }

    [Fact]
    public void CountAgreesWithItsUnit()
    {
        var times = TimeStage.Extract("We will hire 3 next week.", Mon, "en");
        Assert.Contains(times, t => t.Text == "next week" && t.Value == "2016-W46");
        Assert.DoesNotContain(times, t => t.Text.Contains('3', StringComparison.Ordinal));
        // a plural unit takes the count
        Assert.Contains(TimeStage.Extract("We will hire staff in the 3 next weeks.", Mon, "en"), t => t.Text.Contains("3 next weeks", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinalBeforeAUnitIsNoDay()
    {
        Assert.DoesNotContain(TimeStage.Extract("Sales fell in the 1st week.", Mon, "en"), t => t.Text.Contains("1st", StringComparison.Ordinal));
        Assert.Contains(TimeStage.Extract("The parcel arrives on the 21st.", Mon, "en"), t => t.Text == "the 21st");
    }

    [Fact]
    public void ADayAndTheClockTimeItStartsAt()
    {
        var t = Find("Call me Tuesday after 1pm.", "Tuesday after 1pm", "en", Mon);
        Assert.Equal(TimeKinds.Time, t.Kind);
        Assert.EndsWith("T13:00", t.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void SeasonsAloneUnderTheCalendarConventions()
    {
        var cal = TimeOptions.Calendar;
        Assert.EndsWith("-WI", Find("Winter was harsh in the north.", "Winter", "en", Mon, cal).Value, StringComparison.Ordinal);
        Assert.EndsWith("-SU", Find("The crops grew through the whole summer.", "summer", "en", Mon, cal).Value, StringComparison.Ordinal);
        // "fall" and "spring" are verbs too: not read alone
        Assert.Empty(TimeStage.Extract("Prices fall when supplies spring back.", Mon, "en", default, cal));
        // news conventions: a season needs a determiner or a year
        Assert.DoesNotContain(TimeStage.Extract("Winter was harsh in the north.", Mon, "en"), x => x.Text == "Winter");
        // "summer of 2014" either way
        Assert.Contains(TimeStage.Extract("The summer of 2014 was dry.", Mon, "en"), x => x.Value == "2014-SU");
    }

    [Fact]
    public void BareHourAfterAMonthOrYearUnderTheCalendarConventions()
    {
        var cal = TimeOptions.Calendar;
        var times = TimeStage.Extract("The board meets next month at 7.", Mon, "en", default, cal);
        Assert.Contains(times, t => t.Text == "next month" && t.Value == "2016-12");
        Assert.Contains(times, t => t.Kind == TimeKinds.Time && t.Value.EndsWith("T07:00", StringComparison.Ordinal));
        // news conventions: "at 7" joined to no day is not a time
        Assert.DoesNotContain(TimeStage.Extract("The board meets next month at 7.", Mon, "en"), t => t.Kind == TimeKinds.Time);
    }

    [Fact]
    public void FrenchDayOfEveryMonth() =>
        Assert.Equal("XXXX-XX-05", Find("Le loyer est payé le 5 de chaque mois.", "le 5 de chaque mois", "fr", Mon).Value);
}
