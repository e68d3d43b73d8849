using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The sixth round of spec failure families (docs/time.md, "Spec failure families", steps 22-): numeric day-months
/// before a clock time or after this/next, comparisons with a year, "1990 s", a week number before a clock time,
/// lists, the nth weekday of a month, French clock phrases. Sentences are written for these tests, not taken from
/// the specs.
/// </summary>
public class TimeFamilyTests6
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday
    static readonly DateOnly May20 = new(2019, 5, 20);

    [Theory]
    // a numeric day-month before the clock time of that day, joined to it
    [InlineData("The office closes 23/12 before 5pm this year.", "23/12 before 5pm", "en", "2016-12-23T17:00")]
    [InlineData("Le guichet ferme 23/12 avant 17h.", "23/12 avant 17h", "fr", "2016-12-23T17:00")]
    [InlineData("Le train part 25/02 à 11h.", "25/02 à 11h", "fr", "2017-02-25T11:00")]
    // a day/month, a comma and the year
    [InlineData("Le registre est daté 06/06, 2015.", "06/06, 2015", "fr", "2015-06-06")]
    // the 1990 s; a week number before a clock time
    [InlineData("Prices fell in the 1990 s.", "the 1990 s", "en", "199")]
    [InlineData("The drill is in week 10 8 p.m. sharp.", "week 10", "en", "2016-W10")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Theory]
    // "this", "next", "last" before a numeric day-month: that year, the next, the last
    [InlineData("The vote is due this 5/12.", "this 5/12", "2019-05-12")]
    [InlineData("The vote is due next 5/12.", "next 5/12", "2020-05-12")]
    [InlineData("The vote was held last 5/12.", "last 5/12", "2018-05-12")]
    public void DirectionBeforeANumericDay(string text, string span, string value) =>
        Assert.Equal(value, Find(text, span, "en", May20).Value);

    [Fact]
    public void AComparisonWithAYearIsThatYear()
    {
        Assert.Equal("2019", Find("rows with year >= 2019", "2019", "en", Mon).Value);
        // a number alone after "=" is no year
        Assert.DoesNotContain(TimeStage.Extract("x = 2019 apples were sold", Mon, "en"), t => t.Value == "2019");
    }

    [Theory]
    // a month name glued to its day, lower case too
    [InlineData("The company was sold on Dec31, 1994.", "Dec31, 1994", "en", "1994-12-31")]
    [InlineData("We will meet on mar4 night.", "mar4 night", "en", "2017-03-04TNI")]
    // the nth or last weekday of a month
    [InlineData("The vote will be on the second Sunday of May.", "the second Sunday of May", "en", "2017-05-14")]
    [InlineData("Reports are due the last Friday of the month.", "the last Friday of the month", "en", "2016-11-25")]
    [InlineData("We meet the first Monday evening of next month.", "the first Monday evening of next month", "en", "2016-12-05TEV")]
    [InlineData("Le conseil se réunira le premier lundi de décembre.", "le premier lundi de décembre", "fr", "2016-12-05")]
    [InlineData("La paie arrive le dernier vendredi du mois prochain.", "le dernier vendredi du mois prochain", "fr", "2016-12-30")]
    [InlineData("Le marché aura lieu le deuxième dimanche de janvier.", "le deuxième dimanche de janvier", "fr", "2017-01-08")]
    // a week and a weekday in it
    [InlineData("The fair opens the 1st week of Dec. on Friday.", "the 1st week of Dec. on Friday", "en", "2016-12-02")]
    // French clock phrases
    [InlineData("Le train part à midi moins le quart.", "à midi moins le quart", "fr", "2016-11-07T11:45")]
    [InlineData("La séance est levée à minuit moins cinq.", "à minuit moins cinq", "fr", "2016-11-07T23:55")]
    [InlineData("Le maire arrivera vers midi et demi.", "vers midi et demi", "fr", "2016-11-07T12:30")]
    [InlineData("Dix heures mercredi matin, la réunion a commencé.", "Dix heures mercredi matin", "fr", "2016-11-02T10:00")]
    [InlineData("Il reviendra cette matinée a 7.", "cette matinée a 7", "fr", "2016-11-07T07:00")]
    [InlineData("Le cortège partira en fin de matinée.", "en fin de matinée", "fr", "2016-11-07TMO")]
    [InlineData("Il passera vers 20 heures.", "vers 20 heures", "fr", "2016-11-07T20:00")]
    [InlineData("Le vote aura lieu dans la matinée.", "dans la matinée", "fr", "2016-11-07TMO")]
    public void Family2(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Fact]
    public void AnHourInWordsBeforeAWeekdayAloneStaysADuration()
    {
        var t = Find("Il a travaillé dix heures mercredi.", "dix heures", "fr", Mon);
        Assert.Equal(TimeKinds.Duration, t.Kind);
        Assert.Equal("PT10H", t.Value);
    }

    [Fact]
    public void AWordGluedToDigitsIsNoMonthUnlessItIsOne()
    {
        // "G20", "COVID19", "sy18": not months, so no date
        Assert.DoesNotContain(TimeStage.Extract("The G20 met about COVID19 in sy18.", Mon, "en"), t => t.Kind == TimeKinds.Date && t.Value.Length == 10);
    }

    [Fact]
    public void YearsInAListAfterADate()
    {
        var t = TimeStage.Extract("Compare sales in 2007 and 2009, before 2000 but not 1998.", Mon, "en");
        Assert.Equal(["2007", "2009", "2000", "1998"], t.Select(x => x.Value));
        // a year-like number after "and" with no date before it is no year
        Assert.Empty(TimeStage.Extract("They sold 500 units and 2009 pens.", Mon, "en"));
    }

    [Fact]
    public void ANumericDayMonthIsADateOnlyAsAWholeLine()
    {
        Assert.Equal("2017-02-28", Find("Agenda\n28/2\nOpening", "28/2", "fr", Mon).Value);
        Assert.Equal("2017-02-28", Find("2/28", "2/28", "en", Mon).Value);
        Assert.Empty(TimeStage.Extract("The help desk is open 24/7 for members.", Mon, "en"));
    }
}
