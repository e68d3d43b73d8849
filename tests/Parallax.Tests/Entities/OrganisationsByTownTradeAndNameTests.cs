using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The organisation rules of the sixteenth round (docs/entities.md, "Organisations by their town, trade and
/// name"): a trade between a company noun and the name, a franchise of three words, "Town"/"City" after a town, hyphenated
/// names with an acronym, two-word French heads, bank and mutual heads, and the phrases that give a group its name; on
/// sentences and bodies written for these tests, each with a case where the rule must not fire.
/// </summary>
public class OrganisationsByTownTradeAndNameTests
{
    [Fact]
    public void A_french_trade_complement_between_a_company_noun_and_the_name()
    {
        // without the trade, none of these names is an organisation ("Elle travaille pour Valdorex depuis dix ans.")
        var m = Mentions(Run("Elle travaille pour le fabricant de pneus Valdorex depuis dix ans.", "fr"));
        Assert.Contains(("Valdorex", EntityTypes.Organization), m);
        m = Mentions(Run("Il a vendu ses parts au constructeur d’autocars Vandel Hoek en mai.", "fr"));
        Assert.Contains(("Vandel Hoek", EntityTypes.Organization), m);
        m = Mentions(Run("Les rayons du géant de la distribution Marvéa étaient vides en janvier.", "fr"));
        Assert.Contains(("Marvéa", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_de_complement_after_a_noun_that_is_no_company_cue_makes_no_company()
    {
        var m = Mentions(Run("Les amateurs de rugby Castelbrun et Morlay ont signé une pétition.", "fr"));
        Assert.DoesNotContain(("Castelbrun", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_town_a_word_and_a_plural_are_a_franchise()
    {
        var m = Mentions(Run("The Leicester Night Owls signed a new pitcher on Tuesday."));
        Assert.Contains(("Leicester Night Owls", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Leicester", EntityTypes.Location), m);
    }

    [Fact]
    public void A_town_before_a_persons_name_after_a_place_preposition_is_no_franchise()
    {
        var m = Mentions(Run("La cour a condamné vendredi à Grenoble Torvald Lemarchais à dix ans de prison.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Town_or_City_after_a_town_is_its_club()
    {
        var m = Mentions(Run("Mansfield Town sacked their manager on Tuesday after a fifth defeat in a row."));
        Assert.Contains(("Mansfield Town", EntityTypes.Organization), m);
        m = Mentions(Run("The striker left Luton City for a club in Scotland last summer."));
        Assert.Contains(("Luton City", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_place_named_with_Town_or_City_stays_a_place()
    {
        var m = Mentions(Run("Tourists crowded the streets of Cape Town and Mexico City over the holidays."));
        Assert.Contains(("Cape Town", EntityTypes.Location), m);
        Assert.Contains(("Mexico City", EntityTypes.Location), m);
        m = Mentions(Run("Visitors walked through the Old Town before the concert."));
        Assert.DoesNotContain(m, x => x.Text == "Old Town" && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_hyphenated_name_with_an_acronym_is_one_organisation()
    {
        var m = Mentions(Run("La CGT-Verrerie et Force ouvrière ont appelé à la grève jeudi.", "fr"));
        Assert.Contains(("CGT-Verrerie", EntityTypes.Organization), m);
        Assert.DoesNotContain(("CGT", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_hyphenated_pair_of_countries_is_no_organisation()
    {
        var m = Mentions(Run("The US-China talks resumed in Geneva on Monday."));
        Assert.DoesNotContain(m, x => x.Text == "US-China");
    }

    [Fact]
    public void An_acronym_or_a_known_organisation_before_a_country_names_its_branch()
    {
        var m = Mentions(Run("Un accord a été signé mardi par KPF France et les syndicats.", "fr"));
        Assert.Contains(("KPF France", EntityTypes.Organization), m);
        Assert.DoesNotContain(("France", EntityTypes.Location), m);
    }

    [Fact]
    public void A_country_before_another_capitalised_word_makes_no_branch()
    {
        // the country is inside a longer name
        var m = Mentions(Run("Un accord a été signé mardi par KPF France Logistique et les syndicats.", "fr"));
        Assert.DoesNotContain(("KPF France", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_two_word_french_head_names_a_hospital()
    {
        var m = Mentions(Run("Le centre hospitalier de Morlaix a déclenché son plan blanc samedi.", "fr"));
        Assert.Contains(("centre hospitalier de Morlaix", EntityTypes.Organization), m);
        // its first word alone is a place's part, no institution
        m = Mentions(Run("Le centre de Morlaix était bouclé samedi par la police.", "fr"));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Banks_and_mutuals_are_named_by_their_head()
    {
        var m = Mentions(Run("Les déposants de Banco Ribeira faisaient la queue lundi devant les agences.", "fr"));
        Assert.Contains(("Banco Ribeira", EntityTypes.Organization), m);
        m = Mentions(Run("Lakeside Mutual raised its premiums for the third year."));
        Assert.Contains(("Lakeside Mutual", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_group_given_its_name_a_body_someone_chaired_and_a_fund_after_au()
    {
        var m = Mentions(Run("Investigators blamed a hacking group called Grimlock for the outage."));
        Assert.Contains(("Grimlock", EntityTypes.Organization), m);
        m = Mentions(Run("Before that, Ms Harlow chaired Halvern Water for six years."));
        Assert.Contains(("Halvern Water", EntityTypes.Organization), m);
        m = Mentions(Run("La banque a été cédée au fonds américain Blue Heron en 2017.", "fr"));
        Assert.Contains(("Blue Heron", EntityTypes.Organization), m);
        // a person named after "called" is no group ("a man called Tovin Hallam")
        m = Mentions(Run("Police arrested a man called Peter Hallam on Friday."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization);
    }
}
