using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French organisations taken up by "a-t-elle …"/"a-t-il …" after a sentence they open as subject, answers of a
/// question-and-answer interview, and "avance-t-il" (sentences written for these tests).</summary>
public class FrenchEleventhRoundTests
{
    [Fact]
    public void An_inverted_elle_after_a_sentence_opened_by_an_organisation_is_the_organisations()
    {
        var d = Run.Text("Le maire de Carhaix, Paul Le Goff, a défendu le projet de piscine. « Les travaux commenceront en mars », a-t-il promis.\n\n"
            + "La SNCF avait demandé une gare routière à côté du bassin. « Un parking de cent places ne suffira pas aux voyageurs », a-t-elle rappelé dans un communiqué.",
            published: "2024-05-14");
        var q = d.QuoteAt("Un parking de cent places");
        Assert.Equal(EntityTypes.Organization, d.Entities.Single(e => e.Id == q.Speaker).Type);
        Assert.Contains("SNCF", d.SpeakerWords(q));
    }

    [Fact]
    public void An_inverted_elle_after_a_topic_phrase_naming_an_organisation_is_the_organisations()
    {
        var d = Run.Text("Le ministre de l’Économie, Bruno Le Maire, a salué l’accord. « C’est une bonne nouvelle pour l’emploi », a-t-il déclaré. "
            + "Quant à la CFDT, elle reste méfiante. « Nous jugerons sur les actes », a-t-elle prévenu.",
            published: "2023-06-20");
        var q = d.QuoteAt("Nous jugerons sur les actes");
        Assert.Equal(EntityTypes.Organization, d.Entities.Single(e => e.Id == q.Speaker).Type);
        Assert.Contains("travail", d.SpeakerWords(q));
    }

    [Fact]
    public void An_inverted_pronoun_stays_with_the_person_who_opened_the_last_sentence()
    {
        // the organisation is only named inside the sentence whose subject is the person: "il" is the person
        var d = Run.Text("La Fédération française de natation avait demandé un bassin olympique. Le maire de Carhaix, Paul Le Goff, lui a répondu mardi. « Nous n’en avons pas les moyens », a-t-il expliqué.",
            published: "2024-05-14");
        Assert.Equal("Paul Le Goff", d.SpeakerWords(d.QuoteAt("Nous n’en avons pas les moyens")));
    }

    [Fact]
    public void An_organisation_of_the_other_gender_does_not_take_the_pronoun()
    {
        var d = Run.Text("La ministre de la Santé, Agnès Firmin Le Bodo, a visité l’hôpital lundi. Le Syndicat national des médecins hospitaliers a réclamé des renforts. « Nous ne laisserons pas fermer ce service », a-t-elle assuré.",
            published: "2023-09-12");
        Assert.NotEqual("Syndicat national des médecins hospitaliers", d.SpeakerWords(d.QuoteAt("Nous ne laisserons pas fermer ce service")));
    }

    [Fact]
    public void Interview_answers_without_attribution_are_the_interviewees()
    {
        var d = Run.Text("Nantes. La navigatrice Clarisse Bréhat rentre d’un tour du monde en solitaire de quatre-vingt-dix jours. Nous l’avons rencontrée sur le ponton.\n\n"
            + "Quel a été le moment le plus dur ?\n\n"
            + "« Le passage du cap Horn, sans hésiter. J’ai dormi vingt minutes en trois jours. »\n\n"
            + "Et le plus beau ?\n\n"
            + "« Les albatros qui suivaient le bateau dans l’océan Indien. »",
            published: "2024-02-03");
        Assert.Equal("Clarisse Bréhat", d.SpeakerWords(d.QuoteAt("Le passage du cap Horn")));
        Assert.Equal("Clarisse Bréhat", d.SpeakerWords(d.QuoteAt("Les albatros qui suivaient")));
    }

    [Fact]
    public void A_single_question_before_a_quotation_makes_no_interview()
    {
        var d = Run.Text("Nantes. La navigatrice Clarisse Bréhat rentre d’un tour du monde en solitaire. Le public l’attendait sur le ponton.\n\n"
            + "Qui a payé le bateau ?\n\n"
            + "« Personne ne veut répondre à cette question. »",
            published: "2024-02-03");
        Assert.NotEqual("Clarisse Bréhat", d.SpeakerWords(d.QuoteAt("Personne ne veut répondre")));
    }

    [Fact]
    public void Avance_t_il_attributes_the_quotation_to_the_subject_before()
    {
        var d = Run.Text("L’économiste Hervé Lannuzel, de l’université de Rennes, ne croit pas à une reprise rapide. « Les ménages épargnent encore trop pour relancer la consommation », avance-t-il.",
            published: "2024-03-08");
        Assert.Equal("Hervé Lannuzel", d.SpeakerWords(d.QuoteAt("Les ménages épargnent encore trop")));
    }

    [Fact]
    public void A_retort_by_a_description_is_the_other_voice()
    {
        var d = Run.Text("Le conseil régional a voté le budget jeudi. « Ce budget sacrifie les lycées », a dénoncé Françoise Kerléo, conseillère d’opposition. "
            + "La vice-présidente chargée des finances, Gaëlle Morvan, lui a répondu en séance : « Nous investissons comme jamais. » « Les chiffres sont publics », a poursuivi la vice-présidente. "
            + "« Les chiffres ne disent pas tout », a rétorqué l’élue d’opposition.",
            published: "2024-03-22");
        Assert.Equal("Françoise Kerléo", d.SpeakerWords(d.QuoteAt("Les chiffres ne disent pas tout")));
    }

    [Fact]
    public void A_retort_by_a_name_keeps_the_name()
    {
        var d = Run.Text("« Ce budget sacrifie les lycées », a dénoncé Françoise Kerléo, conseillère d’opposition. "
            + "« Nous investissons comme jamais », a répondu Gaëlle Morvan. « Les chiffres ne disent pas tout », a rétorqué Gaëlle Morvan.",
            published: "2024-03-22");
        Assert.Equal("Gaëlle Morvan", d.SpeakerWords(d.QuoteAt("Les chiffres ne disent pas tout")));
    }

    [Fact]
    public void A_metteuse_en_scene_is_the_person_introduced_with_that_noun()
    {
        var d = Run.Text("Avignon. Sur le plateau, la metteuse en scène Odile Carrec règle les lumières avec sa régisseuse, Anaïs Le Du. « On a trois jours pour tout caler », lance la régisseuse. « Et pas un de plus », ajoute en riant la metteuse en scène.",
            published: "2024-07-02");
        Assert.Equal("Odile Carrec", d.SpeakerWords(d.QuoteAt("Et pas un de plus")));
    }

    [Fact]
    public void A_role_and_a_name_before_the_verb_are_its_subject_not_reported_content()
    {
        var d = Run.Text("Le président du groupe d’opposition, Yann Le Gall, a accusé le maire de cacher les comptes. « Nous demandons un audit », a-t-il ajouté.",
            published: "2024-10-02");
        Assert.DoesNotContain(d.Quotes, q => !q.Direct && d.Text[q.Start..q.End].StartsWith("Le président du groupe", StringComparison.Ordinal));
    }

    [Fact]
    public void A_content_before_the_comma_keeps_its_inverted_subject()
    {
        var d = Run.Text("Le chantier reprendra en septembre, a annoncé Yann Le Gall, adjoint aux travaux.",
            published: "2024-10-02");
        Assert.Equal("Yann Le Gall", d.SpeakerWords(d.QuoteAt("Le chantier reprendra en septembre")));
    }

    [Fact]
    public void Selon_a_role_and_a_name_names_the_speaker_and_the_content_starts_after_the_name()
    {
        var d = Run.Text("Le conseil a reporté le vote. Selon le maire sortant, Yann Le Gall, les finances de la commune restent saines.",
            published: "2024-10-02");
        var q = d.QuoteAt("les finances de la commune");
        Assert.Equal("Yann Le Gall", d.SpeakerWords(q));
    }

    [Fact]
    public void An_inverted_elle_after_a_described_organisation_and_its_name_is_the_organisations()
    {
        var d = Run.Text("Le maire de Meaux, Paul Le Goff, a salué la réouverture de la ligne. L’entreprise publique, SNCF Réseau, a annoncé des bus de substitution le week-end. « Les voyageurs seront informés en gare », a-t-elle précisé.",
            published: "2024-09-02");
        var q = d.QuoteAt("Les voyageurs seront informés en gare");
        Assert.NotEqual("Paul Le Goff", d.SpeakerWords(q));
        Assert.Equal(EntityTypes.Organization, d.Entities.Single(e => e.Id == q.Speaker).Type);
    }
}
