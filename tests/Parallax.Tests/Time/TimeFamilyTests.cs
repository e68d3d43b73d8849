using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>
/// One case or more for each family of phrasings added on the Recognizers-Text specs' failures (see docs/time.md,
/// "Families"): clock-time ranges, parts of the day, hours joined to a day, days of the month alone, days counted from
/// a day. Sentences are not taken from the specs.
/// </summary>
public class TimeFamilyTests
{
    static readonly DateOnly Mon = new(2016, 11, 7); // a Monday

    [Theory]
    // clock-time ranges sharing one marker
    [InlineData("The clinic is open 9 to 11am.", "9 to 11am", "en", "2016-11-07T09:00/2016-11-07T11:00")]
    [InlineData("Voting runs between 2 and 4 in the afternoon.", "between 2 and 4 in the afternoon", "en", "2016-11-07T14:00/2016-11-07T16:00")]
    [InlineData("The office closes 8.30-5.30pm.", "8.30-5.30pm", "en", "2016-11-07T08:30/2016-11-07T17:30")]
    [InlineData("Le bureau ouvre de 8 à 10 heures.", "de 8 à 10 heures", "fr", "2016-11-07T08:00/2016-11-07T10:00")]
    [InlineData("Les urnes ferment entre 18 et 20.", "entre 18 et 20", "fr", "2016-11-07T18:00/2016-11-07T20:00")]
    // joined to a day, and to a day with its part
    [InlineData("We met between 6 and 8 yesterday.", "between 6 and 8 yesterday", "en", "2016-11-06T06:00/2016-11-06T08:00")]
    [InlineData("He will speak Tuesday evening from 7 to 9.", "Tuesday evening from 7 to 9", "en", "2016-11-08T19:00/2016-11-08T21:00")]
    // parts of the day
    [InlineData("The vote was held in the morning.", "in the morning", "en", "2016-11-07TMO")]
    [InlineData("Les négociations ont repris dans la soirée.", "dans la soirée", "fr", "2016-11-07TEV")]
    [InlineData("The markets rallied in the evening at 6.", "in the evening at 6", "en", "2016-11-07T18:00")]
    // a bare hour joined to a relative day or a weekday
    [InlineData("The fire started last night at 9.", "last night at 9", "en", "2016-11-06T21:00")]
    [InlineData("The talks will resume Thursday at 10.30.", "Thursday at 10.30", "en", "2016-11-10T10:30")]
    [InlineData("The ceremony starts tomorrow at 4 o'clock.", "tomorrow at 4 o'clock", "en", "2016-11-08T04:00")]
    // a day of the month alone
    [InlineData("The hearing will resume on the 21st.", "the 21st", "en", "2016-11-21")]
    [InlineData("The strike began on the 3rd.", "the 3rd", "en", "2016-11-03")]
    [InlineData("L'audience reprendra le 2.", "le 2", "fr", "2016-12-02")]
    // a day counted from a day
    [InlineData("The deadline is three days after tomorrow.", "three days after tomorrow", "en", "2016-11-11")]
    [InlineData("It was signed two weeks before May 13 1999.", "two weeks before May 13 1999", "en", "1999-04-29")]
    [InlineData("Le scrutin aura lieu deux semaines après le 3 mars 2017.", "deux semaines après le 3 mars 2017", "fr", "2017-03-17")]
    // holidays: the year written, last/next, the tense, the nearest
    [InlineData("The shops reopened after Christmas 2015.", "Christmas 2015", "en", "2015-12-25")]
    [InlineData("Prices fell sharply last Easter.", "last Easter", "en", "2016-03-27")]
    [InlineData("Black Friday 2019 broke records.", "Black Friday 2019", "en", "2019-11-29")]
    [InlineData("Le défilé aura lieu le lundi de Pâques.", "le lundi de Pâques", "fr", "2017-04-17")]
    [InlineData("Les résultats ont été publiés à la Toussaint.", "la Toussaint", "fr", "2016-11-01")]
    [InlineData("The deal will be signed two weeks before Thanksgiving.", "two weeks before Thanksgiving", "en", "2016-11-10")]
    // a weekday of a week
    [InlineData("The vote is set for next week Wednesday.", "next week Wednesday", "en", "2016-11-16")]
    [InlineData("They met on Tuesday of last week.", "Tuesday of last week", "en", "2016-11-01")]
    [InlineData("Le sommet s'ouvrira mardi de la semaine prochaine.", "mardi de la semaine prochaine", "fr", "2016-11-15")]
    // month names between numbers, a year after "of"/"de"
    [InlineData("The contract is dated 05-Aug-2016.", "05-Aug-2016", "en", "2016-08-05")]
    [InlineData("Filed 2019/Aug/01 in Delaware.", "2019/Aug/01", "en", "2019-08-01")]
    [InlineData("He was born July 4th of 1995.", "July 4th of 1995", "en", "1995-07-04")]
    [InlineData("Il est né le 23 novembre de 1987.", "le 23 novembre de 1987", "fr", "1987-11-23")]
    [InlineData("Le traité a été signé le 02 04 2009 à Paris.", "02 04 2009", "fr", "2009-04-02")]
    // the end of a day
    [InlineData("Bids close end of tomorrow.", "end of tomorrow", "en", "2016-11-08T23:59:59")]
    // ranges of days, months and years with the year at the end or between
    [InlineData("The exhibition ran Nov 18-Dec 19, 2015.", "Nov 18-Dec 19, 2015", "en", "2015-11-18/2015-12-19")]
    [InlineData("Output fell from April to June in 2015.", "from April to June in 2015", "en", "2015-04/2015-06")]
    [InlineData("The survey covers Nov-Feb 2015.", "Nov-Feb 2015", "en", "2014-11/2015-02")]
    [InlineData("He governed from 2014 till 2018.", "from 2014 till 2018", "en", "2014/2018")]
    // ISO weeks of a year, centuries, quarters written with a dash
    [InlineData("Sales peaked in the first week of 2015.", "the first week of 2015", "en", "2015-W01")]
    [InlineData("Sales dipped in the last week of 2015.", "the last week of 2015", "en", "2015-W53")]
    [InlineData("The town was founded in the 15th century.", "the 15th century", "en", "14")]
    [InlineData("Revenue rose during 2016-Q1.", "2016-Q1", "en", "2016-Q1")]
    // a day and its part, an hour range with a dash next to a day
    [InlineData("The summit resumes next Monday afternoon.", "next Monday afternoon", "en", "2016-11-14TAF")]
    [InlineData("The polls will open Tuesday 8-6.", "Tuesday 8-6", "en", "2016-11-08T08:00/2016-11-08T18:00")]
    [InlineData("Il est parti demain nuit.", "demain nuit", "fr", "2016-11-08TNI")]
    // a half after "and"
    [InlineData("The hearing lasted one hour and half.", "one hour and half", "en", "PT1H30M")]
    // clock times with their minutes in words
    [InlineData("Le train partira sept heures dix.", "sept heures dix", "fr", "2016-11-07T07:10")]
    [InlineData("Le vote s'achèvera à huit heures moins vingt.", "à huit heures moins vingt", "fr", "2016-11-07T07:40")]
    [InlineData("La séance reprendra à quinze heures et quart.", "à quinze heures et quart", "fr", "2016-11-07T15:15")]
    [InlineData("The doors open at half past seven.", "at half past seven", "en", "2016-11-07T07:30")]
    [InlineData("The jury returned at a quarter to nine.", "at a quarter to nine", "en", "2016-11-07T08:45")]
    // a day of the month before its hours, a day and month with a slash after a preposition
    [InlineData("L'audience aura lieu le 17 de 14h à 16h.", "le 17 de 14h à 16h", "fr", "2016-11-17T14:00/2016-11-17T16:00")]
    [InlineData("Le projet sera voté le 23/12.", "23/12", "fr", "2016-12-23")]
    [InlineData("The bill must pass by 11/20.", "11/20", "en", "2016-11-20")]
    public void Family(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Mon).Value);

    [Theory]
    // not times: a count, a score, a determiner with a number
    [InlineData("The two leaders met for 90 minutes.", "en")]
    [InlineData("Inflation rose from 3 to 5 percent in a year.", "en")]
    [InlineData("Le taux est passé de 3 à 5 % en un an.", "fr")]
    [InlineData("Les négociations ont duré près d'une heure et demie.", "fr")]
    [InlineData("Il a parlé pendant deux heures et demie.", "fr")]
    public void NotAClockRange(string text, string lang) =>
        Assert.DoesNotContain(TimeStage.Extract(text, Mon, lang), t => t.Kind == TimeKinds.Time);

    [Theory]
    // a number pair with a slash is a date only after a word that introduces one
    [InlineData("Le magasin est ouvert 24/7.", "fr")]
    [InlineData("The score was 3/4 at half-time.", "en")]
    public void NoBareDayMonth(string text, string lang) =>
        Assert.Empty(TimeStage.Extract(text, Mon, lang));
}
