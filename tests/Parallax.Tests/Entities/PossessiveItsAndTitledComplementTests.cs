using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Rules of the seventeenth round (docs/entities.md, "Firms joined by an ampersand, possessive role descriptions"),
/// on sentences written for these tests: an English role description opened by "its", or by "the", a common noun and its
/// possessive, starts there, and runs over a second office joined by "and"; a French institution's lower-case complement keeps a plural adjective in "-iques" or
/// "publique"; an organisation's "of" complement stops before an abbreviated title; two capitalised words joined by a
/// spaced ampersand are a firm.
/// </summary>
public class PossessiveItsAndTitledComplementTests
{
    [Fact]
    public void A_role_description_opened_by_its_starts_at_its()
    {
        var m = Mentions(Run("Talvenor said on Friday that its chief executive, Marta Quillon, would step down in June."));
        Assert.Contains(("its chief executive", EntityTypes.Person), m);
        Assert.DoesNotContain(("chief executive", EntityTypes.Person), m);
        // "its" before a word that is no office makes no mention
        m = Mentions(Run("Talvenor said on Friday that its profits had doubled."));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("its", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_offices_joined_by_and_are_one_description()
    {
        var m = Mentions(Run("Most of its staff will leave by June, its president and chief executive, Hedda Lorrimer, said on Friday."));
        Assert.Contains(("its president and chief executive", EntityTypes.Person), m);
        Assert.DoesNotContain(("chief executive", EntityTypes.Person), m);
        // a second description with its own article stays apart
        m = Mentions(Run("The president and the chief executive met on Friday."));
        Assert.DoesNotContain(m, x => x.Text.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_role_description_after_a_common_noun_and_its_possessive_starts_at_the_article()
    {
        var m = Mentions(Run("The cooperative's general secretary, Ilse Varnholt, said the strike would go on."));
        Assert.Contains(("The cooperative's general secretary", EntityTypes.Person), m);
        m = Mentions(Run("Shares fell after the bank's chief executive resigned on Monday."));
        Assert.Contains(("the bank's chief executive", EntityTypes.Person), m);
        // a name's possessive is no common noun: "Brantex's chief executive" stays as the organisation's rules make it
        m = Mentions(Run("Brantex's chief executive resigned on Monday."));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("the", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_french_lower_case_complement_keeps_its_plural_adjective_in_iques()
    {
        var m = Mentions(Run("Le Haut Conseil des études statistiques a jugé la prévision du gouvernement fragile.", "fr"));
        Assert.Contains(("Haut Conseil des études statistiques", EntityTypes.Organization), m);
        // a singular "-ique" may be a verb and stays out
        m = Mentions(Run("Le Haut Conseil des études critique la prévision du gouvernement.", "fr"));
        Assert.DoesNotContain(m, x => x.Text.EndsWith("critique", StringComparison.Ordinal));
    }

    [Fact]
    public void An_of_complement_stops_before_an_abbreviated_title()
    {
        var m = Mentions(Run("The Kivalan Armed Forces of Gen. Tomas Rivak shelled the town on Sunday."));
        Assert.DoesNotContain(m, x => x.Text.Contains("of Gen", StringComparison.Ordinal));
        Assert.Contains(("Kivalan Armed Forces", EntityTypes.Organization), m);
        // a complement that is no title stays ("Armed Forces of Kivala")
        m = Mentions(Run("The Armed Forces of Kivala shelled the town on Sunday."));
        Assert.Contains(m, x => x.Text == "Armed Forces of Kivala" && x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Two_capitalised_words_joined_by_an_ampersand_are_a_firm()
    {
        var m = Mentions(Run("The publisher Harlow & Pinecrest said on Monday that it would cut 200 jobs."));
        Assert.Contains(("Harlow & Pinecrest", EntityTypes.Organization), m);
        m = Mentions(Run("Lawyers at Denholm & Strake filed the appeal on Friday."));
        Assert.Contains(("Denholm & Strake", EntityTypes.Organization), m);
        // a longer capitalised run after it is left to the other rules ("Harlow & Pinecrest Trust Fund" is no "Harlow & Pinecrest")
        m = Mentions(Run("The grant came from the Harlow & Pinecrest Vetter Fund last year."));
        Assert.DoesNotContain(("Harlow & Pinecrest", EntityTypes.Organization), m);
        // nor the last two of a list of founders, which would cut the firm's name
        m = Mentions(Run("The fund Varrow, Denholm & Strake bought the chain on Friday."));
        Assert.DoesNotContain(("Denholm & Strake", EntityTypes.Organization), m);
        // after a place that is a mention, the firm stays
        m = Mentions(Run("In London, Denholm & Strake filed the appeal on Friday."));
        Assert.Contains(("Denholm & Strake", EntityTypes.Organization), m);
        // lower-case words are no names ("salt & pepper")
        m = Mentions(Run("The shop sold salt & pepper and Bread & butter on Sundays."));
        Assert.DoesNotContain(m, x => x.Text.Contains('&'));
    }
}
