using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// The seventh round of spec failure families (docs/time.md): a day before its weekday ("le 10 jeudi"), a day before a
/// duration, day ranges of a month counted from the reference, periods counted from the reference clock in French ("dans
/// les 3 h"), "la journée" and "early in the day" as calendar conventions, "dernière minute", clock ranges with a part of the day
/// inside, seconds with a decimal
/// comma, whole decades, and compositions that never cross a line break. Sentences are written for these tests, not
/// taken from the specs.
/// </summary>
public class TimeFamilyTests7
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // a day of the month before its weekday: the day where they agree (10 November 2016 is a Thursday)
    [InlineData("Le versement tombera le 10 jeudi.", "le 10 jeudi", "fr", "2016-11-10")]
    [InlineData("Le versement tombera le dix jeudi.", "le dix jeudi", "fr", "2016-11-10")]
    // the days of next month
    [InlineData("Le salon se tiendra du 4 au 9 du mois prochain.", "du 4 au 9 du mois prochain", "fr", "2016-12-04/2016-12-09")]
    [InlineData("The fair runs from the 4th to the 9th of next month.", "from the 4th to the 9th of next month", "en", "2016-12-04/2016-12-09")]
    // a numeric day, month and two-digit year before "à"
    [InlineData("Elle est arrivée le 03 05 91 à Lyon.", "03 05 91", "fr", "1991-05-03")]
    // a clock range whose first end has its own part of the day
    [InlineData("La grève ira de 5 h du matin à 15 h.", "de 5 h du matin à 15 h", "fr", "2016-11-07T05:00/2016-11-07T15:00")]
    [InlineData("The road is closed from 3 in the morning to 5pm.", "from 3 in the morning to 5pm", "en", "2016-11-07T03:00/2016-11-07T17:00")]
    [InlineData("The road is closed from 6 in the evening to 11pm.", "from 6 in the evening to 11pm", "en", "2016-11-07T18:00/2016-11-07T23:00")]
    // a day range with its year and no opener; the nth weekday of a month with a clock range inside
    [InlineData("The festival runs 12 July to 15 July in 2027.", "12 July to 15 July in 2027", "en", "2027-07-12/2027-07-15")]
    [InlineData("Book the room the second Tuesday 9am to 11am of next month.", "the second Tuesday 9am to 11am of next month", "en", "2016-12-13T09:00/2016-12-13T11:00")]
    // a part of the day before "early"/"late" and a clock time
    [InlineData("The show airs Sunday late evening at 10:30.", "Sunday late evening at 10:30", "en", "2016-11-06T22:30")]
    // seconds with a decimal comma
    [InlineData("Le feu est resté vert pendant 12,5 sec.", "pendant 12,5 sec", "fr", "PT12.5S")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Fact]
    public void ADayBeforeADuration()
    {
        Assert.Equal("2016-11-21", Find("Le cours reprendra le 21 pour deux semaines.", "le 21", "fr", Mon).Value);
        Assert.Equal("P2W", Find("Le cours reprendra le 21 pour deux semaines.", "pour deux semaines", "fr", Mon).Value);
    }

    [Fact]
    public void FrenchPeriodsFromTheReferenceClock()
    {
        var cal = TimeOptions.Calendar with { ReferenceTime = new TimeOnly(16, 12) };
        Assert.Equal("2016-11-07T16:12/2016-11-07T19:12", Find("Le colis arrivera dans les 3 h.", "dans les 3 h", "fr", Mon, cal).Value);
        // news conventions: a duration
        Assert.Equal("PT3H", Find("Le colis arrivera dans les 3 h.", "dans les 3 h", "fr", Mon).Value);
        Assert.Equal("2016-11-07T16:11/2016-11-07T16:12", Find("Le but est tombé à la dernière minute.", "dernière minute", "fr", Mon, cal).Value);
        // news conventions: an idiom, not read
        Assert.Empty(TimeStage.Extract("Un accord de dernière minute a été trouvé.", Mon, "fr"));
    }

    [Fact]
    public void TheDayIsACalendarConvention()
    {
        var cal = TimeOptions.Calendar;
        Assert.Equal("2016-11-07", Find("Le musée reste fermé la journée.", "la journée", "fr", Mon, cal).Value);
        Assert.Equal("2016-11-07", Find("Il a plu tard dans la journée.", "tard dans la journée", "fr", Mon, cal).Value);
        Assert.Equal("2016-11-07", Find("The storm hit early in the day.", "early in the day", "en", Mon, cal).Value);
        Assert.Equal("2016-11-07T23:59:59", Find("The shop closes at the end of the day.", "the end of the day", "en", Mon, cal).Value);
        Assert.Equal("2016-11-07T23:59:59", Find("Le guichet ferme à la fin de la journée.", "la fin de la journée", "fr", Mon, cal).Value);
        Assert.Empty(TimeStage.Extract("At the end of the day, voters decide.", Mon, "en"));
        // "la semaine", "l'année" alone are complements, not dates, even under the calendar conventions
        Assert.DoesNotContain(TimeStage.Extract("Voici le joueur de la semaine.", Mon, "fr", default, cal), t => t.Text.Contains("semaine"));
        Assert.DoesNotContain(TimeStage.Extract("Les ventes de l'année ont baissé.", Mon, "fr", default, cal), t => t.Text.Contains("année"));
        // news conventions: not read
        Assert.Empty(TimeStage.Extract("Le musée reste fermé la journée.", Mon, "fr"));
        Assert.Empty(TimeStage.Extract("The storm hit early in the day.", Mon, "en"));
    }

    [Fact]
    public void WholeDecadesUnderTheCalendarConventions()
    {
        var d = new DateOnly(2018, 7, 2);
        Assert.Equal("2020-01-01/2040-01-01", Find("The plan covers the next two decades.", "next two decades", "en", d, TimeOptions.Calendar).Value);
        Assert.Equal("P20Y", Find("The plan covers the next two decades.", "next two decades", "en", d).Value);
    }

    [Fact]
    public void CompositionStopsAtALineBreak()
    {
        var times = TimeStage.Extract("Départs :\n12.03.2023 08:15\n19.03.2023 09:40", Mon, "fr");
        Assert.Contains(times, t => t.Text == "12.03.2023 08:15" && t.Value == "2023-03-12T08:15");
        Assert.Contains(times, t => t.Text == "19.03.2023 09:40" && t.Value == "2023-03-19T09:40");
    }
}
