using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French people met in the street who go by their given name alone, set off by a comma before an age or a
/// description ("Sophie, 41 ans, infirmière", "Devant la gare, Mathilde, lycéenne, …"): a referent for the pronoun or
/// the description that attributes their words (sentences written for these tests).</summary>
public class FrenchGivenNameTests
{
    [Fact]
    public void A_given_name_before_an_age_is_the_referent_of_the_pronoun_after_the_quotation()
    {
        var d = Run.Text("Le préfet du Doubs, Bertrand Lavergne, a inauguré mardi la nouvelle halle du marché de Besançon.\n\n"
            + "Sur la place, Thierry, 52 ans, maraîcher depuis trente ans, découvre son nouvel étal. « On sera enfin au sec l’hiver », se réjouit-il.",
            published: "2024-05-01");
        Assert.Equal("Thierry", d.SpeakerWords(d.QuoteAt("On sera enfin au sec")));
    }

    [Fact]
    public void A_given_name_before_a_description_is_the_referent_of_a_feminine_pronoun()
    {
        var d = Run.Text("Le ministre de l’Agriculture, Damien Roussel, a reçu lundi les syndicats de pêcheurs à Paris.\n\n"
            + "À Lorient, Solène, mareyeuse sur le port, attend beaucoup de la réunion. « Nos marges ont fondu en un an », résume-t-elle.",
            published: "2024-05-01");
        Assert.Equal("Solène", d.SpeakerWords(d.QuoteAt("Nos marges ont fondu")));
    }
}
