using Parallax.Model;
using Parallax.Time;

using static Parallax.Tests.Time.TimeTestKit;

namespace Parallax.Tests.Time;

/// <summary>Values that depend on the rest of the sentence or text: narrative periods, days of clock times, habits, tense.</summary>
public class TimeContextTests
{
    static readonly DateOnly Feb12 = new(2025, 2, 12);

    [Theory]
    // a month or year written out sets the year of the day-months after it
    [InlineData("En décembre 2023, le pays avait connu une vague de froid. Le 20 décembre, les températures sont descendues à -25 °C.", "Le 20 décembre", "fr", "2023-12-20")]
    // anaphora counts from the last day named, year or not
    [InlineData("Le 6 février, le barrage a été détruit. Le surlendemain, l'eau avait envahi la vallée.", "Le surlendemain", "fr", "2025-02-08")]
    // a clock time on the one day its sentence names; not across a semicolon
    [InlineData("Samedi, les manifestants se rassembleront place de la République à 14 h.", "à 14 h", "fr", "2025-02-15T14:00")]
    [InlineData("Mardi, les Américains ont voté ; les résultats sont tombés vers 1 h.", "vers 1 h", "fr", "2025-02-12T01:00")]
    // a range of clock times joined to a day takes the day on both ends
    [InlineData("I'll be out 3pm to 4pm tomorrow.", "3pm to 4pm tomorrow", "en", "2025-02-13T15:00/2025-02-13T16:00")]
    // a participle after a future cue does not make the clause past
    [InlineData("The election will be held on March 9.", "March 9", "en", "2025-03-09")]
    [InlineData("The budget must be passed by Dec. 31.", "Dec. 31", "en", "2025-12-31")]
    // a month after "since" is not in the future
    [InlineData("Gold is up 45% since June.", "June", "en", "2024-06")]
    // recurrence
    [InlineData("Le journal paraît tous les jours sauf le dimanche.", "le dimanche", "fr", "XXXX-WXX-7")]
    [InlineData("The museum is open every day except Mondays.", "Mondays", "en", "XXXX-WXX-1")]
    [InlineData("Il a parlé pendant une vingtaine de minutes.", "pendant une vingtaine de minutes", "fr", "PT20M")]
    [InlineData("The plane landed after a seven-hour flight.", "seven-hour", "en", "PT7H")]
    [InlineData("Il retournera 19:56:30.", "19:56:30", "fr", "2025-02-12T19:56:30")]
    public void ValueDependsOnContext(string text, string span, string lang, string value) =>
        Assert.Equal(value, Find(text, span, lang, Feb12).Value);

    [Fact]
    public void PastClauseDoesNotMoveADisagreeingWeekdayAYearAhead()
    {
        // 24 February 2022 is a Thursday; 24 February 2023 a Friday, but a past clause does not report next year
        var t = Find("Vendredi 24 février, des explosions ont été entendues à Kharkiv.", "Vendredi 24 février", "fr", new DateOnly(2022, 3, 1));
        Assert.Equal("2022-02-25", t.Value);
        Assert.NotNull(t.Conflict);
        // the day after publication with an agreeing weekday is still read as written
        var u = Find("Poutine s'est entretenu jeudi 13 février avec Trump.", "jeudi 13 février", "fr", Feb12);
        Assert.Equal("2025-02-13", u.Value);
    }
}
