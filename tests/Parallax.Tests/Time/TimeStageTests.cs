using Parallax.Model;
using Parallax.Time;

namespace Parallax.Tests.Time;

public class TimeStageTests
{
    static readonly DateOnly Pub = new(2025, 2, 12); // a Wednesday

    static TimeExpression One(string text, string expected, string? lang = null, DateOnly? pub = null)
    {
        var times = TimeStage.Extract(text, pub ?? Pub, lang);
        var t = times.FirstOrDefault(x => x.Text == expected);
        Assert.True(t != null, $"'{expected}' not found in '{text}': " + string.Join(" | ", times.Select(x => $"[{x.Text}]={x.Value}")));
        Assert.Equal(expected, text.Substring(t!.Start, t.End - t.Start));
        return t;
    }

    [Theory]
    [InlineData("Il est arrivé le 12 février 2022 à Kiev.", "le 12 février 2022", "2022-02-12", "fr")]
    [InlineData("Trump spoke on Feb. 12 with Putin.", "Feb. 12", "2025-02-12", "en")]
    [InlineData("The summit was held on February 3, 2024 in Paris.", "February 3, 2024", "2024-02-03", "en")]
    [InlineData("Le texte a été signé le 12/02/2025.", "le 12/02/2025", "2025-02-12", "fr")]
    [InlineData("Il a été élu en 2022.", "en 2022", "2022", "fr")]
    [InlineData("The plant opened in March.", "in March", "2024-03", "en")]
    [InlineData("The plant will open in March.", "in March", "2025-03", "en")]
    [InlineData("Dans les années 1990, la Russie a changé.", "les années 1990", "199", "fr")]
    [InlineData("Growth slowed in the 1990s.", "the 1990s", "199", "en")]
    [InlineData("La semaine dernière, il a signé.", "La semaine dernière", "2025-W06", "fr")]
    [InlineData("Next week the talks resume.", "Next week", "2025-W08", "en")]
    [InlineData("Hier, les deux dirigeants se sont parlé.", "Hier", "2025-02-11", "fr")]
    [InlineData("Ils se verront demain.", "demain", "2025-02-13", "fr")]
    [InlineData("Aujourd’hui, il pleut.", "Aujourd’hui", "2025-02-12", "fr")]
    [InlineData("Mardi dernier, il était à Paris.", "Mardi dernier", "2025-02-11", "fr")]
    [InlineData("He met him last Tuesday.", "last Tuesday", "2025-02-11", "en")]
    [InlineData("The attack happened two weeks ago.", "two weeks ago", "2025-01-29", "en")]
    [InlineData("Il y a trois jours, l’armée a reculé.", "Il y a trois jours", "2025-02-09", "fr")]
    [InlineData("Il est revenu l’été dernier.", "l’été dernier", "2024-SU", "fr")]
    [InlineData("Il l'a dit en juillet 2020.", "en juillet 2020", "2020-07", "fr")]
    [InlineData("Ils ont parlé mercredi.", "mercredi", "2025-02-12", "fr")]
    [InlineData("Ils ont parlé lundi.", "lundi", "2025-02-10", "fr")]
    [InlineData("La réunion prévue vendredi aura lieu à Munich.", "vendredi", "2025-02-14", "fr")]
    [InlineData("The vote will take place on Monday.", "Monday", "2025-02-17", "en")]
    [InlineData("Ce mercredi, il a appelé Poutine.", "Ce mercredi", "2025-02-12", "fr")]
    [InlineData("La conférence aura lieu du 14 au 16 février.", "du 14 au 16 février", "2025-02-14/2025-02-16", "fr")]
    [InlineData("L'accord a été signé le 1er mars 2021.", "le 1er mars 2021", "2021-03-01", "fr")]
    [InlineData("Il avait été investi le 20 janvier.", "le 20 janvier", "2025-01-20", "fr")]
    [InlineData("Trump, qui doit se rendre vendredi à Munich, a déclaré vouloir la paix.", "vendredi", "2025-02-14", "fr")]
    [InlineData("La rencontre, qui s’est tenue mardi, a duré deux heures.", "mardi", "2025-02-11", "fr")]
    [InlineData("Il rencontrera Poutine jeudi.", "jeudi", "2025-02-13", "fr")]
    [InlineData("Putin met Trump on Thursday.", "Thursday", "2025-02-06", "en")]
    [InlineData("On Thursday, Putin is expected to speak.", "Thursday", "2025-02-13", "en")]
    public void Dates(string text, string span, string value, string lang)
    {
        var t = One(text, span, lang);
        Assert.Equal(TimeKinds.Date, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Conflict);
    }

    [Theory]
    [InlineData("Le vote aura lieu à 18 h, heure de Moscou.", "à 18 h, heure de Moscou", "2025-02-12T18:00+03:00", "fr")]
    [InlineData("The call began at 6 p.m. GMT.", "at 6 p.m. GMT", "2025-02-12T18:00Z", "en")]
    [InlineData("Rendez-vous à 18h30.", "à 18h30", "2025-02-12T18:30", "fr")]
    [InlineData("Polls close at 8 pm ET.", "at 8 pm ET", "2025-02-12T20:00-05:00", "en")]
    [InlineData("Le sommet s'ouvre à midi, heure de Paris.", "à midi, heure de Paris", "2025-02-12T12:00+01:00", "fr")]
    public void Times(string text, string span, string value, string lang)
    {
        var t = One(text, span, lang);
        Assert.Equal(TimeKinds.Time, t.Kind);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("Elle a duré près d’une heure et demie.", "près d’une heure et demie", "PT1H30M", true, "about", "fr")]
    [InlineData("Ils ont parlé pendant plus d’une heure.", "pendant plus d’une heure", "PT1H", false, "more_than", "fr")]
    [InlineData("L'appel a duré environ une heure.", "environ une heure", "PT1H", true, "about", "fr")]
    [InlineData("Il reviendra six mois plus tard.", "six mois plus tard", "P6M", false, null, "fr")]
    [InlineData("The call lasted more than an hour.", "more than an hour", "PT1H", false, "more_than", "en")]
    [InlineData("It took less than two weeks.", "less than two weeks", "P2W", false, "less_than", "en")]
    [InlineData("Le siège a duré vingt-trois jours.", "vingt-trois jours", "P23D", false, null, "fr")]
    [InlineData("The siege lasted twenty-one days.", "twenty-one days", "P21D", false, null, "en")]
    [InlineData("He served for a year and a half.", "for a year and a half", "P1Y6M", false, null, "en")]
    [InlineData("Il a attendu une demi-heure.", "une demi-heure", "PT30M", false, null, "fr")]
    [InlineData("Le conflit dure depuis quatre-vingt-dix-sept jours.", "depuis quatre-vingt-dix-sept jours", "P97D", false, null, "fr")]
    [InlineData("Cela prendra quelques jours.", "quelques jours", "PXD", true, null, "fr")]
    public void Durations(string text, string span, string value, bool approx, string? modifier, string lang)
    {
        var t = One(text, span, lang);
        Assert.Equal(TimeKinds.Duration, t.Kind);
        Assert.Equal(value, t.Value);
        Assert.Equal(approx, t.Approx);
        Assert.Equal(modifier, t.Modifier);
    }

    [Theory]
    [InlineData("Ces dernières semaines, il a insisté.", "Ces dernières semaines", "PAST_REF", "vague", "fr")]
    [InlineData("Les négociations commenceront immédiatement.", "immédiatement", "PRESENT_REF", "vague", "fr")]
    [InlineData("Il est actuellement à Kiev.", "actuellement", "PRESENT_REF", "vague", "fr")]
    [InlineData("They will meet soon.", "soon", "FUTURE_REF", "vague", "en")]
    [InlineData("Il faudra agir à l’avenir.", "à l’avenir", "FUTURE_REF", "vague", "fr")]
    [InlineData("Le sommet a lieu chaque année.", "chaque année", "P1Y", "set", "fr")]
    [InlineData("The board meets every week.", "every week", "P1W", "set", "en")]
    [InlineData("Il vient tous les lundis.", "tous les lundis", "XXXX-WXX-1", "set", "fr")]
    public void VagueAndSets(string text, string span, string value, string kind, string lang)
    {
        var t = One(text, span, lang);
        Assert.Equal(kind, t.Kind);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void WeekdayAgainstDayOfMonthIsAConflict()
    {
        var t = One("Il a rencontré Poutine à Moscou mardi (12), selon CNN.", "mardi (12)", "fr");
        Assert.Equal("2025-02-11", t.Value);
        Assert.Equal("weekday Tuesday does not fall on the 12th; the 12th of February 2025 is a Wednesday", t.Conflict);
        var ok = One("Ils ont parlé avec lui mercredi 12).", "mercredi 12)", "fr");
        Assert.Equal("2025-02-12", ok.Value);
        Assert.Null(ok.Conflict);
    }

    [Fact]
    public void ImpossibleDateIsAConflict()
    {
        var t = One("Le texte daté du 31 février 2025 est un faux.", "31 février 2025", "fr");
        Assert.Equal("2025-02-28", t.Value);
        Assert.Contains("no 31st day", t.Conflict);
    }

    [Fact]
    public void FutureDateInPastClauseIsAConflict()
    {
        var t = One("Il a signé l'accord le 3 mars 2026.", "le 3 mars 2026", "fr");
        Assert.Equal("2026-03-03", t.Value);
        Assert.Contains("after the publication date", t.Conflict);
    }

    [Fact]
    public void FullDateWithWrongWeekday()
    {
        var t = One("The deal was signed on Monday, February 12, 2025.", "Monday, February 12, 2025", "en");
        Assert.Equal("2025-02-10", t.Value);
        Assert.StartsWith("weekday Monday does not fall on the 12th", t.Conflict);
    }

    [Fact]
    public void WeekdayChoosesTheYearAndPastDateAfterPublicationIsFlagged()
    {
        var t = One("Poutine s’est entretenu jeudi 13 février avec Trump.", "jeudi 13 février", "fr");
        Assert.Equal("2025-02-13", t.Value);
        Assert.Equal("2025-02-13 is after the publication date 2025-02-12 in a past-tense clause", t.Conflict);
    }

    [Theory]
    [InlineData("Le sommet aura lieu les 24 et 25 juin à La Haye.", "les 24 et 25 juin", "2025-06-24/2025-06-25")]
    [InlineData("Au cours des années 2010, les relations se sont dégradées.", "des années 2010", "201")]
    [InlineData("The ceasefire was signed on the fourth of July, 1995.", "the fourth of July, 1995", "1995-07-04")]
    [InlineData("Il sera reçu le 13 décembre 2018 à 9h.", "le 13 décembre 2018 à 9h", "2018-12-13T09:00")]
    [InlineData("Les bureaux ouvrent de 14h à 16h.", "de 14h à 16h", "2025-02-12T14:00/2025-02-12T16:00")]
    [InlineData("Sales grew between 2014 and 2018.", "between 2014 and 2018", "2014/2018")]
    [InlineData("La semaine derniere, sans accents.", "La semaine derniere", "2025-W06")]
    [InlineData("L’année dernière, la croissance a ralenti.", "L’année dernière", "2024")]
    [InlineData("This summer the talks resume.", "This summer", "2025-SU")]
    [InlineData("Rendez-vous 9h le mardi.", "9h le mardi", "2025-02-11T09:00")]
    [InlineData("Le conseil se réunira le mois prochain.", "le mois prochain", "2025-03")]
    [InlineData("Il l’avait annoncé le 3 janvier dernier.", "le 3 janvier dernier", "2025-01-03")]
    [InlineData("La croissance a ralenti au troisième trimestre 2024.", "au troisième trimestre 2024", "2024-Q3")]
    [InlineData("Profits rose in Q3 2024.", "Q3 2024", "2024-Q3")]
    [InlineData("Dans la nuit de mardi à mercredi, des drones ont frappé Kiev.", "Dans la nuit de mardi à mercredi", "2025-02-11TNI")]
    [InlineData("Il se rendra à Paris ce week-end.", "ce week-end", "2025-W07-WE")]
    [InlineData("Over the past two weeks, prices rose.", "the past two weeks", "P2W")]
    [InlineData("Au cours des derniers mois, la guerre s’est enlisée.", "des derniers mois", "PAST_REF")]
    [InlineData("Le lendemain de l’élection, il a démissionné.", "Le lendemain", "XXXX-XX-XX")]
    [InlineData("The day after the vote, he resigned.", "The day after", "XXXX-XX-XX")]
    [InlineData("Le vote aura lieu à 18 h (heure de Paris).", "à 18 h (heure de Paris)", "2025-02-12T18:00+01:00")]
    [InlineData("Le sommet s’ouvrira à 20 h 30 (17 h 30 GMT).", "à 20 h 30 (17 h 30 GMT)", "2025-02-12T20:30+03:00")]
    [InlineData("The talks run 10am-noon.", "10am-noon", "2025-02-12T10:00/2025-02-12T12:00")]
    [InlineData("They met at 2pm.", "at 2pm", "2025-02-12T14:00")]
    [InlineData("Il a été condamné à deux ans et trois mois.", "deux ans et trois mois", "P2Y3M")]
    [InlineData("The records show more than 1 hour and 30 minutes.", "more than 1 hour and 30 minutes", "PT1H30M")]
    [InlineData("He was away 5 years 1 month 12 days.", "5 years 1 month 12 days", "P5Y1M12D")]
    [InlineData("Filed on 5/15/2018 in court.", "5/15/2018", "2018-05-15")]
    [InlineData("Sales in 2007 and 2009 fell.", "in 2007", "2007")]
    [InlineData("Le convoi a parcouru la distance en 24 heures.", "24 heures", "PT24H")]
    [InlineData("Le couvre-feu commence à 20 heures.", "à 20 heures", "2025-02-12T20:00")]
    [InlineData("En 2013, il a visité Moscou. Cette année-là, il a parlé au G20.", "Cette année-là", "2013")]
    [InlineData("Music changed in the seventies.", "the seventies", "197")]
    [InlineData("Dans les années soixante-dix, tout a changé.", "les années soixante-dix", "197")]
    [InlineData("Il avait disparu en 11/2016.", "en 11/2016", "2016-11")]
    [InlineData("Ils partiront dans quinze jours.", "dans quinze jours", "2025-02-27")]
    public void Composition(string text, string span, string value)
    {
        var t = One(text, span);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void NarrativeYearGoesOnInPastSentencesOnly()
    {
        var text = "Le 24 février 2022, la Russie a lancé son invasion. Le 26 février, les troupes ont résisté. " +
                   "The last call was on July 23, 2020. The conference will run from Feb. 14 to 16.";
        var times = TimeStage.Extract(text, Pub);
        Assert.Equal("2022-02-26", times.Single(t => t.Text == "Le 26 février").Value);
        Assert.Equal("2025-02-14/2025-02-16", times.Single(t => t.Text == "from Feb. 14 to 16").Value);
    }

    [Fact]
    public void NarrativeDateAnchorsAnaphoricWords()
    {
        var text = "Le 12 février 2022, Poutine a appelé Biden. Le lendemain, il a rencontré Macron. The day before, nothing.";
        var times = TimeStage.Extract(text, Pub);
        Assert.Equal("2022-02-13", times.Single(t => t.Text == "Le lendemain").Value);
        Assert.Equal("2022-02-12", times.Single(t => t.Text == "The day before").Value);
        // deictic words keep the publication date
        Assert.Equal("2025-02-11", TimeStage.Extract("Le 12 février 2022, rien. Hier, il a parlé.", Pub).Single(t => t.Text == "Hier").Value);
    }

    [Fact]
    public void WithoutPublicationDateValuesStayUnderspecified()
    {
        var times = TimeStage.Extract("Hier, il a parlé mercredi de la semaine dernière, la semaine dernière et du 20 janvier, en 2022.", null, "fr");
        Assert.Equal("XXXX-XX-XX", times.Single(t => t.Text == "Hier").Value);
        Assert.Equal("XXXX-WXX-3", times.Single(t => t.Text == "mercredi de la semaine dernière").Value);
        Assert.Equal("XXXX-WXX", times.Single(t => t.Text == "la semaine dernière").Value);
        Assert.Equal("XXXX-01-20", times.Single(t => t.Text == "20 janvier").Value);
        Assert.Equal("2022", times.Single(t => t.Text == "en 2022").Value);
    }

    [Theory]
    [InlineData("Le G20 a réuni 20 pays et la Russie a perdu 12 chars.")]
    [InlineData("L’appel a été passé après que Trump a parlé.")]
    [InlineData("It may rain, and they march on.")]
    [InlineData("The second round is a mise à jour of the first.")]
    public void NoFalsePositives(string text)
    {
        var times = TimeStage.Extract(text, Pub);
        Assert.True(times.IsEmpty, string.Join(" | ", times.Select(t => $"[{t.Text}]={t.Value}")));
    }

    [Fact]
    public void ProcessFillsDocumentTimes()
    {
        var doc = new Document
        {
            Id = "x", Source = new SourceInfo(null, null, null), Text = "Ils ont parlé mercredi pendant une heure.",
            Published = Pub, Language = "fr",
        };
        var outDoc = new TimeStage().Process(doc);
        Assert.Equal("time", new TimeStage().Name);
        Assert.Equal(["2025-02-12", "PT1H"], outDoc.Times.Select(t => t.Value).ToArray());
        Assert.Equal("pendant une heure", outDoc.Times[1].Text);
    }
}
