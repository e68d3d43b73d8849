using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// One name, one type in a document (docs/entities.md, "Tenth round, organisations and places"), and the list of
/// well-known organisations (<c>organizations.tsv</c>), on French and English sentences written for these tests.
/// </summary>
public class OneNameOneTypeTests
{
    /// <summary>The type of the mention that starts at the given occurrence of a text, or null when none does.</summary>
    static string? TypeAt(Document d, string mention, int occurrence = 0)
    {
        int i = -1;
        for (int k = 0; k <= occurrence; k++) i = d.Text.IndexOf(mention, i + 1, StringComparison.Ordinal);
        return d.Entities.FirstOrDefault(e => e.Mentions.Any(m => m.Start == i && m.End == i + mention.Length))?.Type;
    }

    [Fact]
    public void A_town_used_for_its_team_once_is_the_team_at_its_other_mentions()
    {
        var d = Run("Vancouver beat Toronto 3-1 on Saturday night. Toronto had won their four previous games.");
        Assert.Equal(EntityTypes.Organization, TypeAt(d, "Toronto"));
        Assert.Equal(EntityTypes.Organization, TypeAt(d, "Toronto", 1));
        d = Run("Nantes s'est imposé contre Lyon (2-1) samedi. Lyon recule à la cinquième place du classement.", "fr");
        Assert.Equal(EntityTypes.Organization, TypeAt(d, "Lyon"));
        Assert.Equal(EntityTypes.Organization, TypeAt(d, "Lyon", 1));
    }

    [Fact]
    public void Where_something_happens_the_town_stays_a_place()
    {
        var d = Run("Vancouver beat Toronto 3-1 on Saturday night. Thousands of fans celebrated in Toronto afterwards.");
        Assert.Equal(EntityTypes.Organization, TypeAt(d, "Toronto"));
        Assert.Equal(EntityTypes.Location, TypeAt(d, "Toronto", 1));
        d = Run("Nantes s'est imposé contre Lyon (2-1) samedi. Le prochain match aura lieu à Lyon en mars.", "fr");
        Assert.Equal(EntityTypes.Location, TypeAt(d, "Lyon", 1));
    }

    [Fact]
    public void A_town_never_used_for_a_team_and_a_country_for_its_team_stay_places()
    {
        var d = Run("Toronto will build 20,000 new homes by 2030, officials said on Monday. Rents in Toronto have doubled in ten years.");
        Assert.Equal(EntityTypes.Location, TypeAt(d, "Toronto"));
        Assert.Equal(EntityTypes.Location, TypeAt(d, "Toronto", 1));
        // a country named for its national team is the country (the annotation guide)
        d = Run("France beat Italy 2-1 on Saturday. Italy will play Spain next.");
        Assert.Equal(EntityTypes.Location, TypeAt(d, "Italy", 1));
    }

    [Fact]
    public void Well_known_organisations_named_alone_are_organisations()
    {
        var m = Mentions(Run("Lidl and Aldi have cut the price of milk, while Tesco said it would follow next week."));
        Assert.Contains(("Lidl", EntityTypes.Organization), m);
        Assert.Contains(("Aldi", EntityTypes.Organization), m);
        Assert.Contains(("Tesco", EntityTypes.Organization), m);
        m = Mentions(Run("Le laboratoire Ipsen et Bpifrance investiront 50 millions d’euros, selon Les Echos.", "fr"));
        Assert.Contains(("Ipsen", EntityTypes.Organization), m);
        Assert.Contains(("Bpifrance", EntityTypes.Organization), m);
        Assert.Contains(("Les Echos", EntityTypes.Organization), m);
    }

    [Fact]
    public void Venues_named_by_a_dome_a_garden_or_a_racecourse_are_places()
    {
        var m = Mentions(Run("The Hawks beat the Falcons 27-20 at the Bellmont Superdome on Sunday night."));
        Assert.Contains(("Bellmont Superdome", EntityTypes.Location), m);
        m = Mentions(Run("The band will close its tour at Ridgefield Garden in July, the promoter said."));
        Assert.Contains(("Ridgefield Garden", EntityTypes.Location), m);
        m = Mentions(Run("Thousands of racegoers packed Hollowmere Racecourse for the spring meeting."));
        Assert.Contains(("Hollowmere Racecourse", EntityTypes.Location), m);
    }

    [Fact]
    public void A_given_name_is_no_venue_word()
    {
        // "Pier" is an Italian given name (Pier Paolo, Pier Luigi) before it is a landmark: it must not stop a person's name
        var m = Mentions(Run("Le pilote Pier Luigi Castagna a pris la deuxième place devant son coéquipier.", "fr"));
        Assert.Contains(("Pier Luigi Castagna", EntityTypes.Person), m);
    }
}
