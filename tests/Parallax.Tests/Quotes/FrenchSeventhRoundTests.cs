using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French speakers of the seventh French round: an incidental phrase between the verb and its inverted subject, names
/// the Entities stage misses after an opening phrase or in apposition to a new person noun, "L’élue" read as a
/// description, and the gender of common given names.
/// </summary>
public class FrenchSeventhRoundTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void An_incidental_phrase_between_the_verb_and_a_described_subject_is_skipped()
    {
        var d = Run.Text("Juliette Armanet a décroché samedi sa première Victoire de la musique. « Je ne m’y attendais pas du tout », "
            + "a soufflé, la voix tremblante, la chanteuse lyonnaise.", published: "2025-02-15");
        Assert.Equal("Juliette Armanet", Speaker(d, d.QuoteAt("Je ne m’y attendais")));
    }

    [Fact]
    public void An_incidental_phrase_before_a_described_subject_does_not_take_a_name_inside_it()
    {
        var d = Run.Text("Le skieur Clément Noël a remporté dimanche le slalom de Wengen. « Cette piste me réussit toujours », "
            + "a lancé, tout sourire, le Vosgien.", published: "2025-01-19");
        Assert.Equal("Clément Noël", Speaker(d, d.QuoteAt("Cette piste me réussit")));
    }

    [Fact]
    public void A_name_after_an_opening_phrase_is_the_sentence_subject_even_when_the_entities_stage_misses_it()
    {
        // "Sur le parvis, Hélène Quéméner, …" : the unknown woman, not the mayor quoted before, is "la sexagénaire"
        var d = Run.Text("« Le marché restera ouvert tout l’été », a annoncé le maire, Pascal Duchêne.\n\n"
            + "Sur le parvis de la halle, Hélène Quéméner, cliente depuis trente ans, n’en revient pas. « On a failli perdre "
            + "notre marché », soupire la sexagénaire.", published: "2025-05-10");
        Assert.Equal("Hélène Quéméner", Speaker(d, d.QuoteAt("On a failli perdre")));
    }

    [Fact]
    public void A_name_in_apposition_to_a_driver_is_a_referent_for_the_pronoun_after_it()
    {
        var d = Run.Text("« Mon client conteste toute faute », a déclaré son avocate, Me Céline Rivoal.\n\n"
            + "Le conducteur du camion, Ludovic Ferrand, s’est dit soulagé. « Je pense à la famille tous les jours », a-t-il confié.",
            published: "2025-04-02");
        Assert.Equal("Ludovic Ferrand", Speaker(d, d.QuoteAt("Je pense à la famille")));
    }

    [Fact]
    public void A_capitalised_article_and_person_noun_is_a_description_not_an_organisation()
    {
        var d = Run.Text("Pour la conseillère régionale Martine Le Gall, « ce budget sacrifie les lycées ». L’élue a ajouté que "
            + "les travaux de rénovation seraient encore repoussés d’un an.", published: "2025-03-20");
        Assert.Equal("Martine Le Gall", Speaker(d, d.QuoteAt("les travaux de rénovation")));
    }

    [Fact]
    public void A_colon_sentence_that_names_no_one_goes_on_in_the_voice_quoted_before()
    {
        var d = Run.Text("Le capitaine Grégory Alldritt a longuement salué le public du Stade de France. « On leur devait cette victoire », "
            + "a confié le troisième-ligne du Stade Rochelais à France Télévisions. Puis, la gorge serrée : « Ce groupe ne lâche jamais. »",
            published: "2025-03-16");
        Assert.Equal("Grégory Alldritt", Speaker(d, d.QuoteAt("Ce groupe ne lâche jamais")));
    }

    [Fact]
    public void A_colon_sentence_with_a_subject_of_its_own_is_not_a_continuation()
    {
        var d = Run.Text("« On leur devait cette victoire », a confié Grégory Alldritt. Son entraîneur Ronan O’Gara a répondu : « Il a raison. »",
            published: "2025-03-16");
        Assert.Equal("Ronan O’Gara", Speaker(d, d.QuoteAt("Il a raison")));
    }

    [Fact]
    public void A_verb_of_reckoning_after_a_quotation_attributes_it()
    {
        var d = Run.Text("Maraîchère à Plouescat, Anne-Laure Guillou vend ses artichauts sur le marché. « Avec le prix du gazole, "
            + "il me reste deux euros par cagette », calcule-t-elle.", published: "2025-06-12");
        Assert.Equal("Anne-Laure Guillou", Speaker(d, d.QuoteAt("Avec le prix du gazole")));
    }
}
