using Parallax.Model;

using static Parallax.Tests.Entities.EntityRuleKit;

namespace Parallax.Tests.Entities;

/// <summary>
/// The person and place rules of the sixteenth round (docs/entities.md, "Sixteenth round: people and places"), on French
/// and English sentences written for these tests.
/// </summary>
public class SixteenthRoundPersonPlaceTests
{
    static bool Has((string Text, string Type)[] mentions, string text, string type) => mentions.Contains((text, type));

    [Fact]
    public void A_name_in_apposition_to_a_description_of_a_person_is_a_person()
    {
        var m = Mentions(Run("Le suspect, Tavi Mesquer, un maçon de Plœuc, a été interpellé mardi soir.", "fr"));
        Assert.True(Has(m, "Tavi Mesquer", EntityTypes.Person));
        m = Mentions(Run("Une habitante de 71 ans, Rozenn K., a été secourue par les pompiers.", "fr"));
        Assert.True(Has(m, "Rozenn K.", EntityTypes.Person));
        m = Mentions(Run("The injured passer-by, Oyelaran Bassey, was treated at the scene."));
        Assert.True(Has(m, "Oyelaran Bassey", EntityTypes.Person));
    }

    [Fact]
    public void A_name_followed_by_an_age_between_commas_is_a_person()
    {
        var m = Mentions(Run("Police arrested a man near the harbour. Quillan Osterby, 27, was charged on Friday."));
        Assert.True(Has(m, "Quillan Osterby", EntityTypes.Person));
        m = Mentions(Run("Selon les gendarmes, Tavi Mesquer, 38 ans, conduisait sans permis.", "fr"));
        Assert.True(Has(m, "Tavi Mesquer", EntityTypes.Person));
    }

    [Fact]
    public void Two_unknown_name_shaped_words_opening_a_sentence_are_a_person()
    {
        var m = Mentions(Run("Orlan Vézinet a été élu mercredi à la tête de la fédération.", "fr"));
        Assert.True(Has(m, "Orlan Vézinet", EntityTypes.Person));
        m = Mentions(Run("The race was decided on the last climb. Teodor Vrabec won by eleven seconds."));
        Assert.True(Has(m, "Teodor Vrabec", EntityTypes.Person));
        // a storm's name and an elided article are no person's
        m = Mentions(Run("Storm Brannagh left thousands of homes without power."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
        // nor a compass word before a demonym
        m = Mentions(Run("Northern Sámi herders met in Tromsø on Tuesday."));
        Assert.DoesNotContain(m, x => x.Type == EntityTypes.Person);
    }

    [Fact]
    public void A_word_after_a_preposition_of_distance_or_direction_is_a_place()
    {
        var m = Mentions(Run("Le chalutier a sombré au large de Kerlouan, et l’équipage a été recueilli près d’Esquibien.", "fr"));
        Assert.True(Has(m, "Kerlouan", EntityTypes.Location));
        Assert.True(Has(m, "Esquibien", EntityTypes.Location));
        m = Mentions(Run("The bus overturned north of Drumkeeran, and a lorry jack-knifed outside Ballinamore."));
        Assert.True(Has(m, "Drumkeeran", EntityTypes.Location));
        Assert.True(Has(m, "Ballinamore", EntityTypes.Location));
    }

    [Fact]
    public void A_natural_feature_keeps_its_head_word()
    {
        var m = Mentions(Run("Walkers were rescued from the Wadi Qelt, and a gust of 160 km/h was recorded at Glenmore Gorge in County Leitrim."));
        Assert.True(Has(m, "Wadi Qelt", EntityTypes.Location));
        Assert.True(Has(m, "Glenmore Gorge", EntityTypes.Location));
        Assert.True(Has(m, "County Leitrim", EntityTypes.Location));
        m = Mentions(Run("Le navigateur a traversé l’océan Austral avant de rejoindre la mer d’Iroise.", "fr"));
        Assert.True(Has(m, "océan Austral", EntityTypes.Location));
        Assert.True(Has(m, "mer d’Iroise", EntityTypes.Location), string.Join(", ", m));
        m = Mentions(Run("Les camions empruntent de nouveau le tunnel du Somport depuis lundi.", "fr"));
        Assert.True(Has(m, "tunnel du Somport", EntityTypes.Location), string.Join(", ", m));
        // a head that opens an organisation's name is no feature's
        m = Mentions(Run("Leitrim County Council met on Monday."));
        Assert.DoesNotContain(m, x => x.Text == "County Council" && x.Type == EntityTypes.Location);
    }

    [Fact]
    public void A_title_written_in_full_vouches_for_the_name_and_stays_out_of_it()
    {
        var m = Mentions(Run("Captain Idris Okonjo and Sergeant Maelle Dufrene gave evidence on Monday."));
        Assert.True(Has(m, "Idris Okonjo", EntityTypes.Person));
        Assert.True(Has(m, "Maelle Dufrene", EntityTypes.Person));
        m = Mentions(Run("Lors de l’audience, Maître Yaëlle Kerbrat a demandé un renvoi.", "fr"));
        Assert.True(Has(m, "Yaëlle Kerbrat", EntityTypes.Person));
        Assert.DoesNotContain(m, x => x.Text.Contains("Maître"));
    }
}
