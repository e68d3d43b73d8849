using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French quotations with no verb of saying of their own — embedded in the writer's sentence ("a dressé un bilan « … »",
/// "a parlé d’« … »") or after a colon — take the subject that opens the sentence, past a fronted phrase ("Interrogé par
/// X sur …, le ministre …"); interviewers ("au micro de", "interrogé par") are never the speaker; regional people's names
/// in -éen/-éenne point back like the others. Sentences written for these tests.
/// </summary>
public class FrenchOpeningSubjectTests
{
    static string? Speaker(Document d, Quote q) =>
        q.Speaker != null ? d.NameOf(q.Speaker) : q.SpeakerSpan is { } s ? d.Text[s.Start..s.End] : null;

    [Fact]
    public void A_partial_quotation_after_a_verb_that_is_not_one_of_saying_is_the_apposed_subject_s()
    {
        var d = Run.Text("La Fête du cidre s’est achevée dimanche à Cambremer. Le maire divers droite, Hubert Lemarchand, a dressé un bilan « très encourageant » de cette édition.",
            published: "2025-03-02");
        Assert.Equal("Hubert Lemarchand", Speaker(d, d.QuoteAt("très encourageant")));
    }

    [Fact]
    public void A_person_in_apposition_after_an_organisation_in_the_subject_is_the_speaker()
    {
        var d = Run.Text("Le patron de Decathlon, Paul Fontenay, a parlé d’« une année de transition » pour l’enseigne.", published: "2025-03-02");
        Assert.Equal("Paul Fontenay", Speaker(d, d.QuoteAt("une année de transition")));
    }

    [Fact]
    public void A_subject_described_before_the_name_takes_the_quotation_embedded_in_its_sentence()
    {
        var d = Run.Text("Le capitaine Hugo Lemaire, lui, préfère retenir « une saison historique » pour le club.", published: "2025-03-02");
        Assert.Equal("Hugo Lemaire", Speaker(d, d.QuoteAt("une saison historique")));
    }

    [Fact]
    public void A_name_in_apposition_that_the_entities_stage_misses_is_the_speaker()
    {
        var d = Run.Text("Les berges de la Vilaine restent inondées. Le préfet, Thibault de Montlaur, a invité les promeneurs à « ne pas s’approcher des berges ».",
            published: "2025-03-02");
        Assert.Equal("Thibault de Montlaur", Speaker(d, d.QuoteAt("ne pas s’approcher")));
    }

    [Fact]
    public void An_interviewer_inside_a_fronted_participle_phrase_is_not_the_subject()
    {
        var d = Run.Text("Le ministre de l’Intérieur, Gérald Darmanin, s’est rendu à Lille mardi. « Les renforts arriveront dès lundi », a-t-il déclaré.\n\n"
            + "Interrogé par Léa Salamé sur les effectifs, le ministre a répondu sans détour : « Nous aurons mille policiers de plus. »", published: "2023-05-10");
        Assert.Equal("Gérald Darmanin", Speaker(d, d.QuoteAt("Nous aurons mille policiers")));
    }

    [Fact]
    public void A_channel_after_au_micro_de_is_not_the_speaker()
    {
        var d = Run.Text("Auteur d’un doublé, Jonathan Moreau a été ovationné par le public. « Je n’oublierai jamais cette soirée », a confié l’attaquant au micro de Canal+.",
            published: "2025-03-02");
        Assert.Equal("Jonathan Moreau", Speaker(d, d.QuoteAt("Je n’oublierai jamais")));
    }

    [Fact]
    public void A_described_subject_after_a_fronted_phrase_introduces_a_colon_quotation()
    {
        var d = Run.Text("Claire Dubreuil a remporté samedi le slalom de Flaine, sa première victoire en Coupe du monde. « Je n’y croyais plus », a-t-elle lâché.\n\n"
            + "Interrogée sur la suite de sa saison, la championne est restée prudente : « Je prends course après course. »", published: "2025-03-02");
        Assert.Equal("Claire Dubreuil", Speaker(d, d.QuoteAt("Je prends course")));
    }

    [Fact]
    public void A_regional_name_in_eenne_points_back_to_the_person_named_before()
    {
        var d = Run.Text("Agricultrice à Luçon, Martine Girard a perdu la moitié de sa récolte. « Tout est resté sous l’eau pendant deux semaines », soupire la Vendéenne.",
            published: "2025-03-02");
        Assert.Equal("Martine Girard", Speaker(d, d.QuoteAt("Tout est resté sous")));
    }

    [Fact]
    public void A_name_after_the_fronted_phrase_stays_the_subject()
    {
        var d = Run.Text("Interrogé par Le Monde, Marc Ferrand a assuré que la fusion serait « achevée avant l’été ».", published: "2025-03-02");
        Assert.Equal("Marc Ferrand", Speaker(d, d.QuoteAt("achevée avant l’été")));
    }
}
