using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The person and place rules of the fourteenth round (docs/entities.md, "Fourteenth round: people and places"), on
/// French and English sentences written for these tests.
/// </summary>
public class FourteenthRoundPersonPlaceTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void An_honorific_belongs_to_a_name_found_by_its_shape()
    {
        var m = Mentions(Run("Mgr Jean Dubreuil, évêque du diocèse, a célébré la messe dimanche.", "fr"));
        Assert.True(Has(m, "Mgr Jean Dubreuil", EntityTypes.Person));
        m = Mentions(Run("Mr Tomasz Kowalczyk and Dr Aisha Bello-Okafor gave evidence on Monday."));
        Assert.True(Has(m, "Mr Tomasz Kowalczyk", EntityTypes.Person));
        Assert.True(Has(m, "Dr Aisha Bello-Okafor", EntityTypes.Person));
        // a title that is no honorific stays out of the mention
        m = Mentions(Run("Inspector Tomasz Kowalczyk gave evidence on Monday."));
        Assert.True(Has(m, "Tomasz Kowalczyk", EntityTypes.Person));
    }

    [Fact]
    public void A_town_after_its_noun_is_a_place_in_English_too()
    {
        var m = Mentions(Run("The river burst its banks near the town of Hawick, and the city of Dunmarra was cut off."));
        Assert.True(Has(m, "Hawick", EntityTypes.Location));
        Assert.True(Has(m, "Dunmarra", EntityTypes.Location));
    }

    [Fact]
    public void A_plural_place_noun_makes_each_name_of_its_enumeration_a_place()
    {
        var m = Mentions(Run("La rivière a débordé. Les communes de Vorey, de Retournac et de Beauzac sont touchées.", "fr"));
        Assert.True(Has(m, "Vorey", EntityTypes.Location));
        Assert.True(Has(m, "Retournac", EntityTypes.Location));
        Assert.True(Has(m, "Beauzac", EntityTypes.Location));
        m = Mentions(Run("Floodwater reached the towns of Kelso, Jedburgh and Coldstream overnight."));
        Assert.True(Has(m, "Kelso", EntityTypes.Location));
        Assert.True(Has(m, "Jedburgh", EntityTypes.Location));
        Assert.True(Has(m, "Coldstream", EntityTypes.Location));
    }

    [Fact]
    public void A_hyphenated_name_with_a_lower_case_particle_is_one_place_wherever_it_stands()
    {
        var m = Mentions(Run("Les habitants de Villeneuve-sur-Lot ont manifesté, comme ceux de Marcq-en-Barœul.", "fr"));
        Assert.True(Has(m, "Villeneuve-sur-Lot", EntityTypes.Location));
        Assert.DoesNotContain(m, x => x.Text == "Lot");
        Assert.True(Has(m, "Marcq-en-Barœul", EntityTypes.Location));
        // a compound of capitalised parts only is no place by its shape alone ("Jean-Luc")
        m = Mentions(Run("Saint-Jean-de-Luz a voté pour Jean-Luc Martin.", "fr"));
        Assert.True(Has(m, "Saint-Jean-de-Luz", EntityTypes.Location));
        Assert.DoesNotContain(m, x => x.Text.StartsWith("Jean-Luc", StringComparison.Ordinal) && x.Type == EntityTypes.Location);
    }

    [Fact]
    public void A_capitalised_article_inside_a_sentence_belongs_to_a_compound_place()
    {
        var m = Mentions(Run("Le feu a atteint La Teste-de-Buch, puis les maisons de L’Haÿ-les-Roses. À La Roche-sur-Yon, le maire a parlé.", "fr"));
        Assert.True(Has(m, "La Teste-de-Buch", EntityTypes.Location));
        Assert.True(Has(m, "L’Haÿ-les-Roses", EntityTypes.Location));
        Assert.True(Has(m, "La Roche-sur-Yon", EntityTypes.Location));
    }
}
