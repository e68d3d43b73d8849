using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The fifth round of spec failure families (docs/time.md, "Spec failure families", steps 19-): impossible dates as
/// written (a calendar convention), numbers glued to codes, holidays counted ahead, holidays of a counted year,
/// country-dependent holiday names, a weekday in the week of a counted day, business days, fortnights, eight-digit
/// dates, bare parts of the day. Sentences are written for these tests, not taken from the specs.
/// </summary>
public class TimeFamilyTests5
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Fact]
    public void ImpossibleDatesAsWrittenUnderTheCalendarConvention()
    {
        var news = Find("The deadline was set for Feb 30, 2019.", "Feb 30, 2019", "en", Mon);
        Assert.Equal("2019-02-28", news.Value);
        Assert.NotNull(news.Conflict);
        var cal = Find("The deadline was set for Feb 30, 2019.", "Feb 30, 2019", "en", Mon, TimeOptions.Calendar);
        Assert.Equal("2019-02-30", cal.Value);
        Assert.NotNull(cal.Conflict);
        Assert.Equal("2019-02-29", Find("Le dossier est daté du 29/2/2019.", "29/2/2019", "fr", Mon, TimeOptions.Calendar).Value);
    }

    [Theory]
    // phone numbers, identifiers, ratios, decimals and URLs are not times
    [InlineData("Call +33 140-2010-2015 for tickets.", "en")]
    [InlineData("Her badge number is 123-12-1234.", "en")]
    [InlineData("The parcel code is 133-03-03-2020.", "en")]
    [InlineData("The ratio was 30/4.85 at the end.", "en")]
    [InlineData("See https://example.org/?id=~3am3ioYc for details.", "en")]
    public void CodesAreNotTimes(string text, string lang) =>
        Assert.Empty(TimeStage.Extract(text, Mon, lang));

    [Theory]
    // a range of numeric dates joined by a dash stays whole; a quarter with its year after a dash
    [InlineData("The exhibition runs from 10/1/2018-10/7/2018.", "from 10/1/2018-10/7/2018", "en", "2018-10-01/2018-10-07")]
    [InlineData("Revenue rose in q1-2019.", "q1-2019", "en", "2019-Q1")]
    // eight digits that make a date, year first
    [InlineData("The report 20170302 was filed late.", "20170302", "en", "2017-03-02")]
    // the holiday of a counted year; a holiday whose day follows the language's country
    [InlineData("Fireworks are planned on independence day of next year.", "independence day of next year", "en", "2017-07-04")]
    [InlineData("Le défilé de la fête nationale aura lieu à Paris.", "la fête nationale", "fr", "2017-07-14")]
    // a weekday in the week of a counted day (ISO weeks by default)
    [InlineData("The team will be back Monday two weeks from now.", "Monday two weeks from now", "en", "2016-11-21")]
    [InlineData("The court will rule three weeks after Christmas on Friday.", "three weeks after Christmas on Friday", "en", "2017-01-13")]
    // business days: a duration by default
    [InlineData("The bank needs 10 business days to answer.", "10 business days", "en", "P10BD")]
    [InlineData("Le remboursement prend 5 jours ouvrés.", "5 jours ouvrés", "fr", "P5BD")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Fact]
    public void HolidaysAheadUnderTheCalendarConvention()
    {
        // news: the tense points back (the last Christmas); calendar: the next one whatever the tense
        Assert.Equal("2015-12-11", Find("It happened 2 weeks before Christmas.", "2 weeks before Christmas", "en", Mon).Value);
        Assert.Equal("2016-12-11", Find("It happened 2 weeks before Christmas.", "2 weeks before Christmas", "en", Mon, TimeOptions.Calendar).Value);
    }

    [Fact]
    public void WeekdayInASundayFirstWeekUnderTheCalendarConvention()
    {
        var sat = new DateOnly(2021, 1, 2);
        // 3 weeks after 15 January 2021 is Friday 5 February: ISO week Sunday the 7th, Sunday-first week Sunday the 31st
        Assert.Equal("2021-02-07", Find("I'll go back Sunday 3 weeks after January 15th.", "Sunday 3 weeks after January 15th", "en", sat).Value);
        Assert.Equal("2021-01-31", Find("I'll go back Sunday 3 weeks after January 15th.", "Sunday 3 weeks after January 15th", "en", sat, TimeOptions.Calendar).Value);
    }

    [Fact]
    public void CountedBusinessDaysAndFortnights()
    {
        var cal = TimeOptions.Calendar;
        var mon = new DateOnly(2018, 8, 20);
        var tue = new DateOnly(2018, 8, 21);
        Assert.Equal("2018-08-21/2018-08-25", Find("Block the next 4 business days.", "next 4 business days", "en", mon, cal).Value);
        Assert.Equal("2018-08-22/2018-08-28", Find("Block the next 4 business days.", "next 4 business days", "en", tue, cal).Value);
        Assert.Equal("2018-08-15/2018-08-21", Find("Review the previous 4 business days.", "previous 4 business days", "en", tue, cal).Value);
        var thu = new DateOnly(2021, 5, 20);
        Assert.Equal("2021-05-03/2021-05-17", Find("Cases rose over the past fortnight.", "the past fortnight", "en", thu, cal).Value);
        Assert.Equal("2021-05-31/2021-06-14", Find("We hope to leave in the next fortnight.", "next fortnight", "en", thu, cal).Value);
        Assert.Equal("2021-05-17/2021-05-31", Find("I'm unavailable the fortnight.", "the fortnight", "en", thu, cal).Value);
    }

    [Fact]
    public void BarePartsOfTheDayUnderTheCalendarConvention()
    {
        var fri = new DateOnly(2018, 11, 30);
        Assert.Equal("2018-11-30TAF", Find("Students attend four afternoon classes.", "afternoon", "en", fri, TimeOptions.Calendar).Value);
        Assert.Equal("2018-11-30TMO", Find("Let's find one morning together.", "morning", "en", fri, TimeOptions.Calendar).Value);
        Assert.Empty(TimeStage.Extract("Students attend four afternoon classes.", fri, "en"));
        Assert.Empty(TimeStage.Extract("Good morning Paul.", fri, "en", default, TimeOptions.Calendar));
    }
}

public class TimeFamilyTests5b
{
    static readonly DateOnly Thu = new(2019, 9, 5); // a Thursday

    [Theory]
    // a weekday ending a range comes on or after its start
    [InlineData("The plant will close from next Monday to Friday.", "from next Monday to Friday", "en", "2019-09-09/2019-09-13")]
    // a month after "in the"
    [InlineData("The harvest started in the april.", "the april", "en", "2019-04")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Thu).Value);

    [Fact]
    public void SomeUnitsAreVague()
    {
        Assert.Equal("PXD", Find("The strike could last for some days.", "for some days", "en", Thu).Value);
        Assert.Equal("P3D", Find("The strike could last for some days.", "for some days", "en", Thu, TimeOptions.Calendar).Value);
    }
}
