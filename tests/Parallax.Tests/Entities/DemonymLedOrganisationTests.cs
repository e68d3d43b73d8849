using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// English organisations named by a nationality and capitalised words of their own ("Polish Glassworks", "the Kenyan
/// Blue Heron Observatory for Coastal Studies"): English writes a common noun after a nationality in lower case, so
/// capitalised words there make a name (docs/entities.md, "Organisations led by a nationality"; sentences written for
/// these tests).
/// </summary>
public class DemonymLedOrganisationTests
{
    [Fact]
    public void A_nationality_and_capitalised_words_without_a_head_word_are_one_organisation()
    {
        var m = Mentions(Run("Customers of Polish Glassworks complained on Monday that prices had doubled."));
        Assert.Contains(("Polish Glassworks", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Polish", EntityTypes.Location), m);
        var s = Mentions(Run("Owners of Polish Glassworks shares lost money."));
        Assert.DoesNotContain(s, x => x.Text.StartsWith("Owners"));
    }

    [Fact]
    public void An_of_or_for_complement_goes_with_the_name()
    {
        var m = Mentions(Run("A spokesman for the Kenyan Observatory for Coastal Erosion said the beach had shrunk by ten metres."));
        Assert.Contains(("Kenyan Observatory for Coastal Erosion", EntityTypes.Organization), m);
        var c = Mentions(Run("The Irish Guild of Brewers warned that pubs would close."));
        Assert.Contains(("Irish Guild of Brewers", EntityTypes.Organization), c);
    }

    [Fact]
    public void One_word_and_of_before_the_nationality_open_the_name()
    {
        var m = Mentions(Run("Leaders of the Confederation of Danish Shipbuilding met ministers on Thursday."));
        Assert.Contains(("Confederation of Danish Shipbuilding", EntityTypes.Organization), m);
        Assert.DoesNotContain(("Danish", EntityTypes.Location), m);
    }

    [Fact]
    public void A_museum_led_by_a_nationality_is_a_place()
    {
        var m = Mentions(Run("Thieves broke into the Belgian Lace Museum on Sunday night."));
        Assert.Contains(("Belgian Lace Museum", EntityTypes.Location), m);
        Assert.DoesNotContain(("Belgian Lace Museum", EntityTypes.Organization), m);
    }

    [Fact]
    public void Lower_case_nouns_titles_given_names_and_events_after_a_nationality_make_no_organisation()
    {
        var m = Mentions(Run("The Polish glassworks closed, Polish President Anna Nowicka said, before the Polish Open and the Polish Revolution anniversary."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.StartsWith("Polish"));
        Assert.Contains(("Polish", EntityTypes.Location), m);
        var p = Mentions(Run("The Kenyan Grace Wanjiru won the race in Berlin on Sunday."));
        Assert.DoesNotContain(p, x => x.Type == EntityTypes.Organization);
    }

    [Fact]
    public void A_nationality_inside_another_capitalised_name_is_left_alone()
    {
        var m = Mentions(Run("The donation came from Margaret Danish Hollis, a retired banker from Leeds."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Organization && x.Text.Contains("Danish"));
    }

    [Fact]
    public void The_Home_Office_is_an_organisation_of_the_knowledge_base()
    {
        var m = Mentions(Run("A spokeswoman for the Home Office said the asylum hotels would close by spring."));
        Assert.Contains(("Home Office", EntityTypes.Organization), m);
    }
}
