using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French quotations that stand as a sentence of their own after a sentence about a person ("X, 58 ans, montre
/// ses mains abîmées. « … »"), and phrases of place that open a sentence before its subject ("À Brest, X, …")
/// (sentences written for these tests).</summary>
public class FrenchTenthRoundTests
{
    [Fact]
    public void A_quotation_standing_alone_after_a_sentence_about_a_person_is_that_persons()
    {
        var d = Run.Text("La crue a envahi le bas de la ville dans la nuit de lundi. Bernadette Quéré, 67 ans, regarde l’eau monter dans son garage. « On a tout mis à l’étage, mais la chaudière est perdue. » Les pompiers ont évacué une vingtaine de maisons.",
            published: "2024-11-12");
        Assert.Equal("Bernadette Quéré", d.SpeakerWords(d.QuoteAt("On a tout mis à l’étage")));
    }

    [Fact]
    public void A_quotation_standing_alone_after_a_sentence_with_a_phrase_of_place_is_the_subjects()
    {
        var d = Run.Text("Le marché de Noël a ouvert vendredi sous la pluie. Dans son chalet de la place Kléber, Thierry Wendling, artisan verrier, emballe ses boules de verre. « Les touristes reviennent, c’est le principal. »",
            published: "2024-11-29");
        Assert.Equal("Thierry Wendling", d.SpeakerWords(d.QuoteAt("Les touristes reviennent")));
    }

    [Fact]
    public void A_phrase_of_place_before_the_subject_of_a_colon_introduction_names_no_speaker()
    {
        var d = Run.Text("La nouvelle ligne de tramway a été inaugurée samedi. À Saint-Nazaire, Odile Perrin, 74 ans, ne boude pas son plaisir : « Je vais enfin pouvoir aller au marché sans voiture. »",
            published: "2024-06-15");
        Assert.Equal("Odile Perrin", d.SpeakerWords(d.QuoteAt("Je vais enfin pouvoir aller au marché")));
    }

    [Fact]
    public void A_question_alone_after_a_sentence_about_a_person_is_not_theirs()
    {
        var d = Run.Text("La navigatrice Anne Quémeneur était l’invitée de la matinale. « Comment avez-vous vécu la dernière nuit en mer ? » « Très mal, le vent ne tombait pas », a-t-elle répondu.",
            published: "2024-06-15");
        Assert.NotEqual("Anne Quémeneur", d.SpeakerWords(d.QuoteAt("Comment avez-vous vécu la dernière nuit")));
    }
}
