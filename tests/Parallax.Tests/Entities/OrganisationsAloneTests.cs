using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Organisations named alone, typed by the words around them (docs/entities.md, "Tenth round"), on French and English
/// sentences written for these tests: appositions whose head is an organisation's noun, verbs only companies take,
/// "racheté par / acquired by", job nouns before "at", "co-founder" and "chief executive" after a name, "union" after a
/// name, an elided "d'" before the name, and an article between the cue and the name.
/// </summary>
public class OrganisationsAloneTests
{
    [Fact]
    public void An_english_apposition_with_an_organisation_head_makes_the_name_an_organisation()
    {
        var m = Mentions(Run("Brackenfield, a Leeds-based software company, said on Monday that it had hired 40 engineers."));
        Assert.Contains(("Brackenfield", EntityTypes.Organization), m);
        m = Mentions(Run("The contract went to Torvane, the largest maker of heat pumps in Scandinavia."));
        Assert.Contains(("Torvane", EntityTypes.Organization), m);
        // a person's apposition is no organisation's: the head is not the phrase's last noun
        m = Mentions(Run("Okonkwo, a company spokesman, declined to comment on the figures."));
        Assert.DoesNotContain(("Okonkwo", EntityTypes.Organization), m);
        m = Mentions(Run("Okonkwo, a spokesman for the company, declined to comment."));
        Assert.DoesNotContain(("Okonkwo", EntityTypes.Organization), m);
    }

    [Fact]
    public void A_french_apposition_starting_with_an_organisation_noun_makes_the_name_an_organisation()
    {
        var m = Mentions(Run("Les salariés de Quenovia, une start-up nantaise, ont appris la nouvelle mardi.", "fr"));
        Assert.Contains(("Quenovia", EntityTypes.Organization), m);
        m = Mentions(Run("Le ministère a saisi Varlinex, l’entreprise qui gère le réseau de chaleur.", "fr"));
        Assert.Contains(("Varlinex", EntityTypes.Organization), m);
        // the head must come first: "le patron de la société" describes a person
        m = Mentions(Run("Le contrat a été signé par Dumoulinet, le patron de la société, vendredi.", "fr"));
        Assert.DoesNotContain(("Dumoulinet", EntityTypes.Organization), m);
    }

    [Fact]
    public void Verbs_only_companies_take_make_the_subject_an_organisation()
    {
        Assert.Contains(("Halbrook", EntityTypes.Organization), Mentions(Run("Halbrook announced job cuts at two of its plants on Thursday.")));
        Assert.Contains(("Quillmark", EntityTypes.Organization), Mentions(Run("Quillmark reported a net loss of $40 million for the quarter.")));
        Assert.Contains(("Ternevo", EntityTypes.Organization), Mentions(Run("Ternevo a annoncé la suppression de 300 postes en Lorraine.", "fr")));
        Assert.Contains(("Ternevo", EntityTypes.Organization), Mentions(Run("L’an dernier, Ternevo a été racheté par un fonds britannique.", "fr")));
    }

    [Fact]
    public void Acquired_by_and_analysts_at_govern_an_organisation()
    {
        Assert.Contains(("Pellworth", EntityTypes.Organization), Mentions(Run("The brewery was acquired by Pellworth in 2019.")));
        Assert.Contains(("Marlowe Keane", EntityTypes.Organization), Mentions(Run("Prices will keep rising, said an economist at Marlowe Keane.")));
        Assert.Contains(("Corvalis", EntityTypes.Organization), Mentions(Run("La marque a été rachetée par Corvalis l’an dernier.", "fr")));
    }

    [Fact]
    public void Founder_chief_executive_and_union_after_a_name_make_it_an_organisation()
    {
        Assert.Contains(("Drovia", EntityTypes.Organization), Mentions(Run("The Drovia co-founder sold her shares on Friday.")));
        Assert.Contains(("Saltmarch", EntityTypes.Organization), Mentions(Run("Saltmarch chief executive Ana Pereira apologised to passengers.")));
        Assert.Contains(("Forgeworkers", EntityTypes.Organization), Mentions(Run("Members of the Forgeworkers union walked out on Tuesday.")));
    }

    [Fact]
    public void An_elided_de_or_an_article_between_the_cue_and_the_name_is_allowed()
    {
        Assert.Contains(("Ormelia", EntityTypes.Organization), Mentions(Run("Les clients d’Ormelia ont reçu une lettre lundi.", "fr")));
        Assert.Contains(("Fenwick Loam", EntityTypes.Organization), Mentions(Run("Customers of the Fenwick Loam said prices had doubled.")));
    }
}
