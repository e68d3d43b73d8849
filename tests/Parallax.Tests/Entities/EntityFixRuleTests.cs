using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// Entity bugs found downstream and fixed by general rules or data (docs/entities.md, "Fixes"): the case of a KB name's
/// later words, dotted abbreviations, the longest KB name, gazetteer countries, names the KB writes in lower case,
/// company head words and sentence-opening role nouns.
/// </summary>
public class EntityFixRuleTests
{
    [Fact]
    public void A_KB_name_whose_later_word_is_in_lower_case_gives_way_to_the_shorter_name()
    {
        var d = Run("After the vote, Germany today said it would send observers, while Russia Today broadcast the count.");
        var m = Mentions(d);
        Assert.Contains(("Germany", EntityTypes.Location), m);
        Assert.Contains(("Russia Today", EntityTypes.Organization), m);
        var d2 = Run("Officials said Russia today rejected the proposal.");
        Assert.Contains(("Russia", EntityTypes.Location), Mentions(d2));
        Assert.DoesNotContain(d2.Entities, e => e.Type == EntityTypes.Organization);
    }

    [Fact]
    public void Dotted_abbreviations_stay_whole_inside_a_name()
    {
        var d = Run("Diplomats at the U.N. Security Council met again, and the U.S. Coast Guard patrolled the bay.");
        var m = Mentions(d);
        Assert.Contains(("U.N. Security Council", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("N. ", StringComparison.Ordinal) || x.Text.StartsWith("S. ", StringComparison.Ordinal));
        Assert.Equal("Q37470", Owner(d, "U.N. Security Council").Kb);
    }

    [Fact]
    public void The_full_name_of_North_Korea_is_not_South_Korea_through_its_tail()
    {
        var d = Run("A statement from the Democratic People's Republic of Korea denied the report.");
        var e = Owner(d, "Democratic People's Republic of Korea");
        Assert.Equal("PRK", e.Country);
        Assert.DoesNotContain(d.Entities, x => x.Country == "KOR");
    }

    [Fact]
    public void A_gazetteer_town_carries_its_country()
    {
        var d = Run("Residents of Jericho and of Kehl gathered in the square.");
        Assert.Equal("PSE", Owner(d, "Jericho").Country);
        Assert.Equal("DEU", Owner(d, "Kehl").Country);
    }

    [Fact]
    public void A_name_the_KB_writes_in_lower_case_matches_in_lower_case()
    {
        var d = Run("Two al-Qaeda commanders were arrested near the border.");
        Assert.Contains(("al-Qaeda", EntityTypes.Organization), Mentions(d));
    }

    [Fact]
    public void A_company_head_word_beats_a_first_name_and_a_role_noun_opening_a_sentence_is_no_name()
    {
        var d = Run("Les passagers de Brittany Ferries ont attendu au port. Délégué CGT depuis dix ans, il a dénoncé les retards.", "fr");
        var m = Mentions(d);
        Assert.Contains(("Brittany Ferries", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        Assert.Contains(("CGT", EntityTypes.Organization), m);
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Délégué", StringComparison.Ordinal));
    }
}
