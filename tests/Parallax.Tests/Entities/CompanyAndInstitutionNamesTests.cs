using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The organisation rules of the eleventh round (docs/entities.md, "Eleventh round: organisations"): two companies joined
/// by "and" before a company's head, a company's name continued by capitalised words, the French head "université" with
/// its name and no "de", hyphenated adjectives in French organisation names, and the well-known bodies added to
/// <c>organizations.tsv</c>; on French and English sentences written for these tests.
/// </summary>
public class CompanyAndInstitutionNamesTests
{
    [Fact]
    public void A_company_head_after_and_belongs_to_the_second_name_only()
    {
        var m = Mentions(Run("Shares of Hartwell and Bluestone Media fell on Monday after the two groups called off their merger."));
        Assert.Contains(("Hartwell", EntityTypes.Organization), m);
        Assert.Contains(("Bluestone Media", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text == "Hartwell and Bluestone Media");
        m = Mentions(Run("The deal between Pinecrest and Northgate Holdings was approved by regulators in March."));
        Assert.Contains(("Pinecrest", EntityTypes.Organization), m);
        Assert.Contains(("Northgate Holdings", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_public_body_joined_by_and_stays_one_name()
    {
        var m = Mentions(Run("Officials at the Department of Housing and Urban Development and the Food and Drug Administration declined to comment."));
        Assert.Contains(("Food and Drug Administration", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_company_continued_by_capitalised_words_is_its_branch()
    {
        var m = Mentions(Run("Executives at Airbus Helicopters said on Tuesday that orders had doubled in a year."));
        Assert.Contains(("Airbus Helicopters", EntityTypes.Organization), m);
        // an office, a weekday or a product after an indefinite article stop it
        m = Mentions(Run("Airbus Chief Executive Guillaume Faury said on Tuesday that the company would hire 10,000 people."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.StartsWith("Airbus Chief", StringComparison.Ordinal));
        m = Mentions(Run("The minister flew to Lagos on a Boeing Dreamliner chartered by the government."));
        Assert.DoesNotContain(m, x => x.Text == "Boeing Dreamliner");
    }

    [Fact]
    public void The_french_head_universite_takes_its_name_with_no_de()
    {
        var m = Mentions(Run("Des chercheurs de l’université Clermont Auvergne ont publié mardi une étude sur les volcans.", "fr"));
        Assert.Contains(("université Clermont Auvergne", EntityTypes.Organization), m);
        m = Mentions(Run("L’université Bretagne Sud ouvrira une antenne à Vannes en septembre.", "fr"));
        Assert.Contains(("université Bretagne Sud", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("L’université", StringComparison.Ordinal));
    }

    [Fact]
    public void A_hyphenated_adjective_is_one_word_of_a_french_organisation_name()
    {
        var m = Mentions(Run("Le Parti social-démocrate a remporté dimanche les élections législatives au Danemark.", "fr"));
        Assert.Contains(("Parti social-démocrate", EntityTypes.Organization), m);
        m = Mentions(Run("Les élus de l’Union chrétienne-démocrate ont voté contre le texte jeudi.", "fr"));
        Assert.Contains(("Union chrétienne-démocrate", EntityTypes.Organization), m);
    }

    [Fact]
    public void Well_known_bodies_with_no_cue_are_organisations()
    {
        var m = Mentions(Run("Ofgem said it would cap bills again, while the Bundesbank and Medef warned of a slowdown."));
        Assert.Contains(("Ofgem", EntityTypes.Organization), m);
        Assert.Contains(("Bundesbank", EntityTypes.Organization), m);
        Assert.Contains(("Medef", EntityTypes.Organization), m);
        m = Mentions(Run("L’Urssaf et la CNIL ont ouvert une enquête, a indiqué Médecins du monde lundi.", "fr"));
        Assert.Contains(("Urssaf", EntityTypes.Organization), m);
        Assert.Contains(("CNIL", EntityTypes.Organization), m);
        Assert.Contains(("Médecins du monde", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_company_name_after_a_given_name_is_a_family_name_not_a_branch()
    {
        // "Bayer" is a listed company; after a given name it is part of a person's name, and the capitalised word after
        // it does not make a branch of the company
        var m = Mentions(Run("Chief financial officer Anna Bayer Lindqvist told analysts on Friday that margins would recover."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.Contains("Bayer"));
        Assert.Contains(m, x => x.Type == EntityTypes.Person && x.Text.Contains("Anna Bayer Lindqvist"));
    }
}
