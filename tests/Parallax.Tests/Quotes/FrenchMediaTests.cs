using Parallax.Evaluation;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French names that are the medium or the addressee of a statement ("a confié … à France Inter", "a déclaré
/// sur RTL"), never its speaker (media-links-fr.tsv; sentences written for these tests).</summary>
public class FrenchMediaTests
{
    [Fact]
    public void A_broadcaster_after_a_and_an_inverted_subject_is_no_speaker()
    {
        var d = Run.Text("Claire Vasseur a visité l’usine de Roanne lundi. « Nous ne laisserons personne sur le bord du chemin », "
            + "a assuré l’ancienne syndicaliste à Radio France.", published: "2025-03-10");
        Assert.Equal("Claire Vasseur", d.SpeakerWords(d.QuoteAt("Nous ne laisserons personne")));
    }

    [Fact]
    public void A_broadcaster_after_sur_is_no_speaker()
    {
        var d = Run.Text("Hervé Lannoy a répondu aux critiques. « Ce projet est financé », a insisté l’élu sur BFMTV.",
            published: "2025-03-10");
        Assert.Equal("Hervé Lannoy", d.SpeakerWords(d.QuoteAt("Ce projet est financé")));
    }

    [Fact]
    public void A_name_after_a_far_from_any_verb_of_saying_stays_a_speaker_candidate()
    {
        // "à" with no reporting verb a few words before is no channel: the organisation speaks
        var d = Run.Text("La direction de Valmont Industries, qui a vendu son site à Norvia Logistique, a publié un communiqué. "
            + "« Le site restera ouvert », a indiqué Norvia Logistique.", published: "2025-03-10");
        Assert.Equal("Norvia Logistique", d.SpeakerWords(d.QuoteAt("Le site restera ouvert")));
    }
}
