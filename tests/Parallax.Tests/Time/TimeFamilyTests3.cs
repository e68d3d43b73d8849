using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The third round of spec failure families (docs/time.md, "Spec failure families", steps 10-): ranges that end now,
/// today or at the end of a period; weeks of a month; fiscal and school years; counted quarters and fortnights; the
/// calendar conventions added in this round. Sentences are written for these tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests3
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // ranges whose ends differ in precision, or that end now / today / at the end of a period
    [InlineData("Prices have risen between March 2015 and today.", "between March 2015 and today", "en", "2015-03/2016-11-07")]
    [InlineData("Output grew from 2012 through June 2016.", "from 2012 through June 2016", "en", "2012/2016-06")]
    [InlineData("Output grew in 2012 through June 2016.", "in 2012 through June 2016", "en", "2012/2016-06")]
    [InlineData("Sales have fallen from April to date.", "from April to date", "en", "2016-04/2016-11-07")]
    [InlineData("The talks will go on between now and December 20th.", "between now and December 20th", "en", "2016-11-07/2016-12-20")]
    [InlineData("The programme ran from 2009 to the end of 2012.", "from 2009 to the end of 2012", "en", "2009/2012")]
    [InlineData("The programme ran between 2009 and the end of 2012.", "between 2009 and the end of 2012", "en", "2009/2012")]
    [InlineData("Les prix ont augmenté entre mars 2015 et aujourd'hui.", "entre mars 2015 et aujourd'hui", "fr", "2015-03/2016-11-07")]
    [InlineData("The bridge will close before the end of December.", "the end of December", "en", "2016-12")]
    [InlineData("La loi entrera en vigueur à la fin de juin.", "la fin de juin", "fr", "2017-06")]
    // weeks of a month, as ISO weeks
    [InlineData("The summit is planned for the first week of March 2017.", "the first week of March 2017", "en", "2017-W09")]
    [InlineData("Turnout fell in the 2nd week of October.", "the 2nd week of October", "en", "2016-W41")]
    [InlineData("The strike began the last week of July 2017.", "the last week of July 2017", "en", "2017-W30")]
    [InlineData("Les travaux ont eu lieu la dernière semaine de juillet.", "la dernière semaine de juillet", "fr", "2016-W30")]
    [InlineData("The report is due the last week of this month.", "the last week of this month", "en", "2016-W47")]
    [InlineData("Le vote aura lieu la deuxième semaine du mois prochain.", "la deuxième semaine du mois prochain", "fr", "2016-W49")]
    // fiscal, school and calendar years
    [InlineData("Profits doubled in the last fiscal year.", "last fiscal year", "en", "FY2015")]
    [InlineData("The budget for fiscal year 2017 was adopted.", "fiscal year 2017", "en", "FY2017")]
    [InlineData("Enrolment rose this school year.", "this school year", "en", "SY2016")]
    [InlineData("Les effectifs augmenteront l'année scolaire prochaine.", "l'année scolaire prochaine", "fr", "SY2017")]
    [InlineData("Sales this calendar year beat forecasts.", "this calendar year", "en", "2016")]
    // a clock range written with "a" for "à"
    [InlineData("Le bureau sera ouvert de 9 a 11h.", "de 9 a 11h", "fr", "2016-11-07T09:00/2016-11-07T11:00")]
    // the weekend of a holiday; the year to date
    [InlineData("Traffic peaked over the Labor Day weekend 2016.", "the Labor Day weekend 2016", "en", "2016-W35-WE")]
    [InlineData("Ils partiront le week-end de Pâques 2017.", "le week-end de Pâques 2017", "fr", "2017-W15-WE")]
    [InlineData("Shares are up 20% in the year to date.", "the year to date", "en", "2016")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Theory]
    // not ranges: two years, ends out of order, a dash between different precisions, "up to date"
    [InlineData("Sales of 2014 and June 2016 were compared.", "en")]
    [InlineData("The plant built in 2019 through a loan from 2016 closed.", "en")]
    [InlineData("The lab uses up to date equipment.", "en")]
    [InlineData("Il a 5 ans et elle a 7 ans.", "fr")]
    public void NotOpenRanges(string text, string lang) =>
        Assert.DoesNotContain(TimeStage.Extract(text, Mon, lang), t => t.Value.Contains('/') || t.Value == "PRESENT_REF");

    [Theory]
    // "fy", "sy", "cy" alone are not years
    [InlineData("The cy pres doctrine applies.", "en")]
    [InlineData("Call me, sy.", "en")]
    public void NoBareYearAbbreviation(string text, string lang) =>
        Assert.Empty(TimeStage.Extract(text, Mon, lang));

    [Fact]
    public void CalendarConventionsOfThisRound()
    {
        var cal = TimeOptions.Calendar;
        // "a few" is three under the calendar conventions, an unknown quantity in news
        Assert.Equal("PT3H", Find("The hearing was suspended for a few hours.", "for a few hours", "en", Mon, cal).Value);
        Assert.Equal("PTXH", Find("The hearing was suspended for a few hours.", "for a few hours", "en", Mon).Value);
        Assert.Equal("P3D", Find("Le vote est reporté de quelques jours.", "quelques jours", "fr", Mon, cal).Value);
        // a weekday that contradicts its day: the written day (conflict kept) in calendar, the weekday in news
        var cd = Find("The vote is on Friday 11/15.", "Friday 11/15", "en", Mon, cal);
        Assert.Equal("2016-11-15", cd.Value);
        Assert.NotNull(cd.Conflict);
        Assert.Equal("2016-11-18", Find("The vote is on Friday 11/15.", "Friday 11/15", "en", Mon).Value);
        // "N units later": a date in calendar, a duration in news
        Assert.Equal("2016-11-28", Find("The bill passed and 3 weeks later it was signed.", "3 weeks later", "en", Mon, cal).Value);
        Assert.Equal("P3W", Find("The bill passed and 3 weeks later it was signed.", "3 weeks later", "en", Mon).Value);
    }

    [Fact]
    public void CountedQuartersAndFortnights()
    {
        var cal = TimeOptions.Calendar;
        var jul = new DateOnly(2019, 7, 4);
        // whole quarters: the last two end where the current one starts
        Assert.Equal("2019-01-01/2019-07-01", Find("Revenue fell over the last 2 quarters.", "the last 2 quarters", "en", jul, cal).Value);
        Assert.Equal("2019-10-01/2020-07-01", Find("Growth should resume in the next three quarters.", "next three quarters", "en", jul, cal).Value);
        Assert.Equal("P6M", Find("Revenue fell over the last 2 quarters.", "the last 2 quarters", "en", jul).Value);
        // a fortnight is two weeks
        Assert.Equal("2019-07-18", Find("The result is expected in a fortnight.", "in a fortnight", "en", jul).Value);
        Assert.Equal("P4W", Find("The strike lasted two fortnights.", "two fortnights", "en", jul).Value);
    }
}
