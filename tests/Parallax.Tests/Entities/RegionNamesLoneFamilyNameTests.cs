using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// French and English names of first-level regions read into the gazetteer (<c>region-names.tsv</c>), and family names
/// that come back alone: of several words, or written first before a Korean given name (docs/entities.md, "Twentieth
/// round"; sentences written for these tests).
/// </summary>
public class RegionNamesLoneFamilyNameTests
{
    [Fact]
    public void French_and_English_names_of_regions_are_places()
    {
        var m = Mentions(Run("Des renforts venus de Rhénanie-Palatinat sont arrivés mardi en Basse-Saxe.", "fr"));
        Assert.Contains(("Rhénanie-Palatinat", EntityTypes.Location), m);
        Assert.Contains(("Basse-Saxe", EntityTypes.Location), m);
        m = Mentions(Run("Heavy rain hit Lower Saxony and North Darfur on Sunday, while Thessaly stayed dry."));
        Assert.Contains(("Lower Saxony", EntityTypes.Location), m);
        Assert.Contains(("North Darfur", EntityTypes.Location), m);
        Assert.Contains(("Thessaly", EntityTypes.Location), m);
    }

    [Fact]
    public void A_region_joined_by_a_hyphen_to_a_country_name_is_the_region()
    {
        var m = Mentions(Run("Les incendies de Colombie-Britannique ont gagné la Nouvelle-Galles du Sud en janvier.", "fr"));
        Assert.Contains(("Colombie-Britannique", EntityTypes.Location), m);
        Assert.Contains(("Nouvelle-Galles du Sud", EntityTypes.Location), m);
        Assert.DoesNotContain(("Colombie", EntityTypes.Location), m);
    }

    [Fact]
    public void A_region_name_that_is_a_common_word_is_not_taken_at_a_sentence_start()
    {
        var m = Mentions(Run("Lucerne et trèfle poussent bien dans ces prés humides.", "fr"));
        Assert.DoesNotContain(("Lucerne", EntityTypes.Location), m);
    }

    [Fact]
    public void A_family_name_of_several_words_comes_back_whole()
    {
        var d = Run("Jasper van den Broek won the sprint on Sunday. Van den Broek said the team had worked for him all day.");
        var m = Mentions(d);
        Assert.Contains(("Van den Broek", EntityTypes.Person), m);
        Assert.DoesNotContain(("Broek", EntityTypes.Person), m);
        Assert.Same(Owner(d, "Jasper van den Broek"), Owner(d, "Van den Broek"));
    }

    [Fact]
    public void A_family_name_written_before_a_Korean_given_name_comes_back_alone()
    {
        var d = Run("Kang Min-jun, who leads the opposition, was questioned on Monday. Prosecutors said Kang would be charged.");
        Assert.Contains(("Kang", EntityTypes.Person), Mentions(d));
        Assert.Same(Owner(d, "Kang Min-jun"), Owner(d, "Kang"));
    }
}
