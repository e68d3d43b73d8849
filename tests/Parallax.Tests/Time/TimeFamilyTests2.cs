using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The second round of spec failure families (docs/time.md, "Spec failure families", steps 5-9): clock forms, meals
/// and recurring parts of the day, sets, weeks and half-years, open-ended years and months, weekdays with an
/// ordinal day, day ranges, years in words, numeric day ranges, French clock phrases; and the options (reference
/// clock time, calendar conventions). Sentences are written for these tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests2
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // clock forms
    [InlineData("The polls opened at 7.am.", "at 7.am", "en", "2016-11-07T07:00")]
    [InlineData("Results are expected around 11ish.", "around 11ish", "en", "2016-11-07T11:00")]
    [InlineData("The speech starts today at 8.30pm.", "today at 8.30pm", "en", "2016-11-07T20:30")]
    [InlineData("The rally begins today at 6p.", "today at 6p", "en", "2016-11-07T18:00")]
    [InlineData("The shuttle leaves at 1140 a.m.", "at 1140 a.m.", "en", "2016-11-07T11:40")]
    [InlineData("The ferry runs between 0630-0845 daily.", "between 0630-0845", "en", "2016-11-07T06:30/2016-11-07T08:45")]
    [InlineData("The vote closes at nine thirty p.m.", "at nine thirty p.m.", "en", "2016-11-07T21:30")]
    [InlineData("The blast was heard at twenty past 9 in the evening.", "at twenty past 9 in the evening", "en", "2016-11-07T21:20")]
    [InlineData("Il est vingt heures à Paris.", "vingt heures", "fr", "2016-11-07T20:00")]
    [InlineData("Le train part à sept heures et dix.", "à sept heures et dix", "fr", "2016-11-07T07:10")]
    [InlineData("Le concert finit à 10 h et quinze minutes dans la soirée.", "à 10 h et quinze minutes dans la soirée", "fr", "2016-11-07T22:15")]
    // meals and recurring parts of the day
    [InlineData("Ministers will meet after lunch.", "after lunch", "en", "2016-11-07TMEL")]
    [InlineData("Le président s'exprimera au dîner.", "au dîner", "fr", "2016-11-07TMED")]
    [InlineData("Protesters gather at lunchtime.", "at lunchtime", "en", "2016-11-07TMEL")]
    [InlineData("The market is held on Saturday mornings.", "Saturday mornings", "en", "XXXX-WXX-6TMO")]
    [InlineData("Patrols run every night.", "every night", "en", "XXXX-XX-XXTNI")]
    // sets
    [InlineData("Inspections take place every other week.", "every other week", "en", "P2W")]
    [InlineData("The firm reports quarterly.", "quarterly", "en", "P3M")]
    [InlineData("Le conseil publie un rapport semestriel.", "semestriel", "fr", "P6M")]
    // weeks, half-years, open-ended years and months
    [InlineData("Sales peaked in week 31.", "week 31", "en", "2016-W31")]
    [InlineData("Production fell in 2019 H2.", "in 2019 H2", "en", "2019-H2")]
    [InlineData("Growth slowed in the second half of 2023.", "the second half of 2023", "en", "2023-H2")]
    [InlineData("Le chiffre a baissé au premier semestre 2022.", "au premier semestre 2022", "fr", "2022-H1")]
    [InlineData("Elections are due no later than 2018.", "2018", "en", "2018")]
    [InlineData("The deal could close in 2019 or later.", "in 2019 or later", "en", "2019")]
    [InlineData("Prices dropped after March.", "March", "en", "2016-03")]
    // weekdays with an ordinal day; the Nth day of a month; days of a month
    [InlineData("The summit will open on Tuesday the eighth.", "Tuesday the eighth", "en", "2016-11-08")]
    [InlineData("The court sits on Fri 11th.", "Fri 11th", "en", "2016-11-11")]
    [InlineData("Payment is due on the 15th day of next month.", "the 15th day of next month", "en", "2016-12-15")]
    [InlineData("The festival runs between 3 and 9 of December.", "between 3 and 9 of December", "en", "2016-12-03/2016-12-09")]
    [InlineData("Le festival aura lieu entre 3 et 9 de décembre.", "entre 3 et 9 de décembre", "fr", "2016-12-03/2016-12-09")]
    // years in words, two-digit years
    [InlineData("The treaty was signed in nineteen ninety two.", "in nineteen ninety two", "en", "1992")]
    [InlineData("She took office in March two thousand and nine.", "in March two thousand and nine", "en", "2009-03")]
    [InlineData("En juillet 98, la France a gagné.", "En juillet 98", "fr", "1998-07")]
    // numeric ranges and a weekday before a numeric date
    [InlineData("The fair is open from 11/2 to 11/9.", "from 11/2 to 11/9", "en", "2016-11-02/2016-11-09")]
    [InlineData("Le salon se tient du 2/12-9/12/2016.", "du 2/12-9/12/2016", "fr", "2016-12-02/2016-12-09")]
    [InlineData("The vote is on Thursday 11/10.", "Thursday 11/10", "en", "2016-11-10")]
    // a month name between numbers in other orders; the end of a weekday
    [InlineData("The file dated 2015/14/Mar is lost.", "2015/14/Mar", "en", "2015-03-14")]
    [InlineData("Le rapport est daté du 14-2015-mars.", "14-2015-mars", "fr", "2015-03-14")]
    [InlineData("Bids close end of this Friday.", "end of this Friday", "en", "2016-11-11T23:59:59")]
    [InlineData("Les offres fermeront fin de vendredi.", "fin de vendredi", "fr", "2016-11-11T23:59:59")]
    // durations
    [InlineData("The strike lasted 3W.", "3W", "en", "P3W")]
    [InlineData("The course runs over three weekends.", "over three weekends", "en", "P3WE")]
    [InlineData("Roads were closed all day.", "all day", "en", "P1D")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Theory]
    // glued letters and bare numbers that must not be read
    [InlineData("Article 5a of the treaty applies.", "en")]
    [InlineData("The printer makes 3D models.", "en")]
    [InlineData("Le score est passé de 12 à 23 points.", "fr")]
    public void NotTimes(string text, string lang) =>
        Assert.DoesNotContain(TimeStage.Extract(text, Mon, lang), t => t.Kind == TimeKinds.Time || t.Kind == TimeKinds.Duration);

    [Fact]
    public void ReferenceClockTime()
    {
        var o = TimeOptions.Default with { ReferenceTime = new TimeOnly(16, 12) };
        Assert.Equal("2016-11-07T16:17", Find("The verdict is expected in 5 minutes.", "in 5 minutes", "en", Mon, o).Value);
        Assert.Equal("2016-11-07T15:42", Find("Le juge est sorti il y a 30 minutes.", "il y a 30 minutes", "fr", Mon, o).Value);
        Assert.Equal("2016-11-07T16:42", Find("Results come half an hour from now.", "half an hour from now", "en", Mon, o).Value);
        // without it, the day (news default)
        Assert.Equal("2016-11-07", Find("The verdict is expected in 5 minutes.", "in 5 minutes", "en", Mon).Value);
    }

    [Fact]
    public void CalendarConventions()
    {
        var cal = TimeOptions.Calendar;
        // offsets to the day
        Assert.Equal("2017-01-07", Find("The rules change in two months.", "in two months", "en", Mon, cal).Value);
        Assert.Equal("2017-01", Find("The rules change in two months.", "in two months", "en", Mon).Value);
        // next/last weekday: the next week's (a Monday article: next Wednesday is the 16th, not the 9th)
        Assert.Equal("2016-11-16", Find("They meet next Wednesday.", "next Wednesday", "en", Mon, cal).Value);
        Assert.Equal("2016-11-09", Find("They meet next Wednesday.", "next Wednesday", "en", Mon).Value);
        // counted periods
        Assert.Equal("2016-11-08/2016-11-11", Find("Rain is forecast for the next 3 days.", "next 3 days", "en", Mon, cal).Value);
        Assert.Equal("P3D", Find("Rain is forecast for the next 3 days.", "next 3 days", "en", Mon).Value);
        Assert.Equal("2016-08-07/2016-11-07", Find("Prices rose over the last 3 months.", "the last 3 months", "en", Mon, cal).Value);
        Assert.Equal("2016-11-08/2016-11-29", Find("Il pleuvra les 3 prochaines semaines.", "les 3 prochaines semaines", "fr", Mon, cal).Value);
    }
}
