using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Rules of the twenty-first round (docs/entities.md, "Possessive 'its', plural '-iques' complements, titles after 'of'"),
/// on sentences written for these tests: an English role description opened by "its" or by "the", a common noun and its possessive starts there, a French institution's
/// lower-case complement keeps a plural adjective in "-iques" or "publique", and an organisation's "of" complement stops
/// before an abbreviated title.
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
}
