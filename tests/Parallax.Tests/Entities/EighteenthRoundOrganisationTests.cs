using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The organisation rules of the eighteenth round (docs/entities.md, "Eighteenth round: organisations"): a sports body
/// named by its sport and its country, a French national team named by its country, French schools and gendarmeries, English clubs' name endings, a newspaper's own capitalised "The", and a public
/// body's name joined by "and" after two or three words; on sentences written for these tests.
/// </summary>
public class EighteenthRoundOrganisationTests
{
    [Fact]
    public void A_sport_and_a_country_name_a_sports_body()
    {
        var m = Mentions(Run("Hockey Canada said on Monday that its whole board would step down before the summer."));
        Assert.Contains(("Hockey Canada", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Canada", EntityTypes.Location), m);
        m = Mentions(Run("The sprinter was banned for two years by USA Swimming after a missed test."));
        Assert.Contains(("USA Swimming", EntityTypes.Organization), m);
        m = Mentions(Run("Les dirigeants de Cricket Australia ont confirmé la tournée de l’été prochain.", "fr"));
        Assert.Contains(("Cricket Australia", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_sport_word_with_a_country_inside_a_longer_name_or_in_lower_case_is_no_sports_body()
    {
        // a capitalised word after the country makes another name; a sport in lower case is no name at all
        var m = Mentions(Run("The final of the Hockey Canada Cup was played in Halifax on Sunday."));
        Assert.DoesNotContain(m, x => x.Text == "Hockey Canada");
        m = Mentions(Run("Interest in hockey Canada has never been higher, the minister said."));
        Assert.DoesNotContain(m, x => x.Text == "hockey Canada");
        Assert.Contains(("Canada", EntityTypes.Location), m);
    }

    [Fact]
    public void An_english_club_ending_makes_a_club()
    {
        var m = Mentions(Run("Supporters of Dunmore Wanderers gathered outside the ground on Saturday."));
        Assert.Contains(("Dunmore Wanderers", EntityTypes.Organization), m);
        m = Mentions(Run("The striker joined Kelby Athletic last summer from a club in Wales."));
        Assert.Contains(("Kelby Athletic", EntityTypes.Organization), m);
        // in lower case it is a verb, not a club's name; inside a run it is no ending ("United States")
        m = Mentions(Run("Residents of Kelby united against the plan for a new road."));
        Assert.DoesNotContain(m, x => x.Text.Contains("united"));
        m = Mentions(Run("Two United States sailors were hurt in the blast, the navy said."));
        Assert.DoesNotContain(m, x => x.Text == "Two United");
    }

    [Fact]
    public void A_french_national_team_is_named_by_its_country()
    {
        var m = Mentions(Run("Le XV de France a battu l’Irlande samedi au Stade de France.", "fr"));
        Assert.Contains(("XV de France", EntityTypes.Organization), m);
        Assert.DoesNotContain(("France", EntityTypes.Location), m);
        m = Mentions(Run("L’entraîneur de l’équipe de France de handball a dévoilé sa liste mardi.", "fr"));
        Assert.Contains(("équipe de France de handball", EntityTypes.Organization), m);
        m = Mentions(Run("Il a longtemps joué pour l’équipe d’Espagne avant de prendre sa retraite.", "fr"));
        Assert.Contains(("équipe d’Espagne", EntityTypes.Organization), m);
        // a town's team is no national team: the town stays a place
        m = Mentions(Run("Le club de Labé a battu l’équipe de Kindia dimanche.", "fr"));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("équipe de"));
    }

    [Fact]
    public void A_french_school_or_gendarmerie_is_an_institution()
    {
        var m = Mentions(Run("Les élèves du lycée Vauban-Carnot ont été évacués mardi matin.", "fr"));
        Assert.Contains(("lycée Vauban-Carnot", EntityTypes.Organization), m);
        m = Mentions(Run("Une enquête a été confiée à la gendarmerie de Bressuire, a indiqué le parquet.", "fr"));
        Assert.Contains(("gendarmerie de Bressuire", EntityTypes.Organization), m);
        // the head with no name after it is no institution, and the town after it stays a place
        m = Mentions(Run("Au lycée, les élèves de Rennes ont manifesté jeudi.", "fr"));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("lycée"));
        Assert.Contains(("Rennes", EntityTypes.Location), m);
    }

    [Fact]
    public void A_newspapers_capitalised_article_inside_a_sentence_is_part_of_its_name()
    {
        var m = Mentions(Run("The plan was first reported by The Harbourside Herald on Sunday."));
        Assert.Contains(("The Harbourside Herald", EntityTypes.Organization), m);
        // in lower case the article stays out
        m = Mentions(Run("The plan was first reported by the Harbourside Herald on Sunday."));
        Assert.Contains(("Harbourside Herald", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text == "the Harbourside Herald");
    }

    [Fact]
    public void A_public_body_joined_by_and_after_two_words_stays_one_name()
    {
        var m = Mentions(Run("The complaint was sent to the Coastal Fisheries and Marine Resources Authority on Friday."));
        Assert.Contains(("Coastal Fisheries and Marine Resources Authority", EntityTypes.Organization), m);
        m = Mentions(Run("Drivers joined the Delivery Riders and Couriers Union in large numbers last year."));
        Assert.Contains(("Delivery Riders and Couriers Union", EntityTypes.Organization), m);
    }

    [Fact]
    public void Two_names_joined_by_and_stay_two()
    {
        // a place, a head word or a given name before "and" makes the first part a name of its own
        var m = Mentions(Run("Officers from Kent Police and Border Force searched the lorry at Dover."));
        Assert.DoesNotContain(m, x => x.Text == "Kent Police and Border Force");
        m = Mentions(Run("A letter from Northern Ireland and Irish Football Association officials was published."));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Northern Ireland and"));
        m = Mentions(Run("Talks between Maria Lopez and Harbour Workers Union leaders ended on Friday."));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Maria Lopez and"));
    }
}
