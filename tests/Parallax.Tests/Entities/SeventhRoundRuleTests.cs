using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The seventh round of general rules (docs/entities.md, "Seventh round"), each on French and English sentences written
/// for these tests: short forms the KB writes in capitals, places inside an event's name or a hyphenated compound, and
/// numbered labels after a preposition.
/// </summary>
public class SeventhRoundRuleTests
{
    [Fact]
    public void A_short_form_the_KB_writes_in_capitals_needs_its_capitals()
    {
        // "Un" opening a French sentence is the article, not the UN
        var fr = Run("Un incendie a détruit mardi un entrepôt de Vierzon. Un pompier a été blessé.", "fr");
        Assert.DoesNotContain(fr.Entities, e => e.Name == "United Nations");
        // written in capitals it is still the organisation
        var en = Run("The UN said on Friday that aid convoys had been stopped.");
        Assert.Contains(en.Entities, e => e.Name == "United Nations" && e.Mentions.Any(m => m.Text == "UN"));
    }

    [Fact]
    public void A_place_inside_an_event_name_is_no_mention_of_its_own()
    {
        var fr = Mentions(Run("Le club a remporté dimanche la Coupe de France, et son capitaine vise le Tour d’Italie en mai.", "fr"));
        Assert.DoesNotContain(("France", EntityTypes.Location), fr);
        Assert.DoesNotContain(("Italie", EntityTypes.Location), fr);
        var en = Mentions(Run("She won the Australian Open in January and ran the Boston Marathon in April."));
        Assert.DoesNotContain(en, m => m.Text is "Australian" or "Boston");
        // the same places outside an event's name are still places
        var places = Mentions(Run("Le club a battu un record en France avant de partir pour l’Italie.", "fr"));
        Assert.Contains(("France", EntityTypes.Location), places);
        Assert.Contains(("Italie", EntityTypes.Location), places);
        Assert.Contains(("Boston", EntityTypes.Location), Mentions(Run("The company moved its headquarters to Boston in April.")));
    }

    [Fact]
    public void One_part_of_a_hyphenated_compound_is_no_place()
    {
        // a regional paper, a race and an airport named after places
        var fr = Mentions(Run("Le maire a répondu à Sud-Ouest avant le départ du Paris-Nice ; l’aéroport de Lyon-Saint-Exupéry est fermé.", "fr"));
        Assert.DoesNotContain(("Ouest", EntityTypes.Location), fr);
        Assert.DoesNotContain(("Paris", EntityTypes.Location), fr);
        Assert.DoesNotContain(("Nice", EntityTypes.Location), fr);
        Assert.DoesNotContain(("Lyon", EntityTypes.Location), fr);
        // a hyphenated place name found whole stays a place
        Assert.Contains(("Saint-Denis", EntityTypes.Location), Mentions(Run("La manifestation est partie de Saint-Denis mardi.", "fr")));
    }

    [Fact]
    public void A_capitalised_word_followed_by_a_number_after_a_preposition_is_a_label_not_a_place()
    {
        var en = Mentions(Run("The Hornets won the series in Game 6 after losing in Round 2 last year."));
        Assert.DoesNotContain(en, m => m.Text is "Game" or "Round");
        var fr = Mentions(Run("Le club joue en Ligue 2 depuis trois saisons.", "fr"));
        Assert.DoesNotContain(fr, m => m.Text == "Ligue");
        // a single capitalised word after "in" is still a place
        Assert.Contains(("Hayward", EntityTypes.Location), Mentions(Run("The plant in Hayward will close next year.")));
    }

    [Fact]
    public void The_town_in_the_complement_of_a_mayor_or_governor_is_no_organisation()
    {
        var en = Run("The mayor of Dunmore, Karen Holt, said the bridge would reopen in May.");
        var m = Mentions(en);
        Assert.Contains(("The mayor of Dunmore", EntityTypes.Person), m);
        Assert.Contains(("Karen Holt", EntityTypes.Person), m);
        Assert.DoesNotContain(("Dunmore", EntityTypes.Organization), m);
        var fr = Mentions(Run("Le maire de Plouzané, Yves Kerhervé, a annoncé la fermeture du pont.", "fr"));
        Assert.Contains(("Le maire de Plouzané", EntityTypes.Person), fr);
        Assert.DoesNotContain(("Plouzané", EntityTypes.Organization), fr);
        // an organisation named by its head word keeps its mention, after a governor too
        Assert.Contains(("Banque de Bretagne", EntityTypes.Organization), Mentions(Run("Le gouverneur de la Banque de Bretagne, Paul Kermarec, a démissionné.", "fr")));
        // an organisation in the complement of another office keeps its mention
        var ceo = Mentions(Run("The chief executive of Brindle Gas & Power Co., Anna Vance, resigned."));
        Assert.Contains(("Brindle Gas & Power Co.", EntityTypes.Organization), ceo);
    }

    [Fact]
    public void A_place_after_a_preposition_and_an_apposition_is_not_the_subject_of_the_verb()
    {
        var fr = Run("Le chantier de Montferrier-la-Digue, au nord de Montpellier, a été suspendu, a annoncé lundi la préfecture.", "fr");
        Assert.DoesNotContain(Mentions(fr), m => m.Type == EntityTypes.Organization && m.Text.StartsWith("Montferrier", StringComparison.Ordinal));
        var en = Mentions(Run("The college, in Hanover, New Hampshire, said the talks had failed."));
        Assert.DoesNotContain(("Hanover", EntityTypes.Organization), en);
        // a company named alone before an apposition and the verb is still one
        Assert.Contains(("Quorvex", EntityTypes.Organization), Mentions(Run("Quorvex, the Ohio chipmaker, said on Monday it would cut 300 jobs.")));
    }

    [Fact]
    public void A_word_after_a_complex_preposition_ending_in_a_is_not_taken_for_a_place()
    {
        var fr = Mentions(Run("La coopérative a perdu des parts de marché face à Verdane depuis deux ans.", "fr"));
        Assert.DoesNotContain(("Verdane", EntityTypes.Location), fr);
        // after a plain "à" it is still a place
        Assert.Contains(("Kourou", EntityTypes.Location), Mentions(Run("La fusée a décollé mardi à Kourou.", "fr")));
    }
}
