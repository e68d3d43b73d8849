using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// A KB place that is only a part of a longer place of the gazetteer gives way to it ("Wales" in "New South Wales",
/// "Rio" in "Rio Grande do Sul"; docs/entities.md, "Twentieth round"; sentences written for these tests).
/// </summary>
public class EnclosingGazetteerPlaceTests
{
    [Fact]
    public void A_state_named_around_a_country_is_the_state()
    {
        var m = Mentions(Run("Bushfires forced hundreds of families from their farms across New South Wales on Tuesday, and New Mexico sent crews."));
        Assert.Contains(("New South Wales", EntityTypes.Location), m);
        Assert.Contains(("New Mexico", EntityTypes.Location), m);
        Assert.DoesNotContain(("Wales", EntityTypes.Location), m);
        Assert.DoesNotContain(("Mexico", EntityTypes.Location), m);
    }

    [Fact]
    public void Lower_case_words_inside_the_longer_name_are_part_of_it()
    {
        var m = Mentions(Run("Rivers burst their banks in Rio Grande do Sul, and the airport of Porto Alegre was closed for a week."));
        Assert.Contains(("Rio Grande do Sul", EntityTypes.Location), m);
        Assert.Contains(("Porto Alegre", EntityTypes.Location), m);
        Assert.DoesNotContain(("Rio", EntityTypes.Location), m);
        Assert.DoesNotContain(("Porto", EntityTypes.Location), m);
    }

    [Fact]
    public void A_place_next_to_words_that_name_nothing_longer_stays_as_it_is()
    {
        var m = Mentions(Run("Officials said on Monday that Wales and Mexico would share their flood maps."));
        Assert.Contains(("Wales", EntityTypes.Location), m);
        Assert.Contains(("Mexico", EntityTypes.Location), m);
    }
}
