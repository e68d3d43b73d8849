using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>
/// French attributions of the twelfth round: an adverb of contrast between the verb and its inverted subject ("insiste
/// pourtant la préfète"), "a attaqué X" after a quotation, an opening "Pour la défense de X," before a subject with a verb of
/// its own, "selon un bilan … communiqué par X" and "selon la direction d’X" (sentences written for these tests).
/// </summary>
public class FrenchTrailersFramesAndTolliesTests
{
    [Fact]
    public void An_adverb_of_contrast_between_the_verb_and_a_described_subject_is_skipped()
    {
        var d = Run.Text("Saint-Lô. La préfète de la Manche, Sophie Vernet, a levé l’alerte mardi. Des riverains restent inquiets. "
            + "« La digue a tenu partout », insiste pourtant la préfète.", published: "2024-02-06");
        Assert.Equal("Sophie Vernet", d.SpeakerWords(d.QuoteAt("La digue a tenu")));
    }

    [Fact]
    public void A_attaque_after_a_quotation_names_its_speaker()
    {
        var d = Run.Text("Tours. « Ce plan de circulation est une farce », a attaqué Julien Morel, chef de file de l’opposition municipale.",
            published: "2024-03-12");
        Assert.Equal("Julien Morel", d.SpeakerWords(d.QuoteAt("Ce plan de circulation")));
    }

    [Fact]
    public void Attaquer_with_an_object_reports_nothing()
    {
        var d = Run.Text("Tours. Des casseurs ont attaqué la mairie annexe dans la nuit de samedi à dimanche.", published: "2024-03-12");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void An_opening_phrase_for_a_party_before_a_subject_and_its_verb_holds_nothing()
    {
        var d = Run.Text("Lyon. Le procès de la société Transmar s’est ouvert lundi. Pour la défense de Transmar, Me Hélène Castagné a rappelé que "
            + "l’entreprise avait respecté toutes les normes de sécurité.", published: "2024-03-12");
        Assert.Equal("Hélène Castagné", d.SpeakerWords(d.QuoteAt("l’entreprise avait respecté")));
    }

    [Fact]
    public void A_frame_with_its_holder_in_apposition_still_holds_the_quotation()
    {
        var d = Run.Text("Lyon. Pour la présidente du syndicat, Chantal Morin, « rien n’est réglé ».", published: "2024-03-12");
        Assert.Equal("Chantal Morin", d.SpeakerWords(d.QuoteAt("rien n’est réglé")));
    }

    [Fact]
    public void Selon_a_toll_given_by_someone_names_who_gave_it()
    {
        var d = Run.Text("Toulon. Au moins douze personnes ont été blessées dans l’effondrement d’un balcon, selon un bilan provisoire communiqué "
            + "lundi par la mairie.", published: "2024-03-12");
        Assert.Contains("mairie", d.SpeakerWords(d.QuoteAt("Au moins douze personnes")));
    }

    [Fact]
    public void Selon_an_organisation_noun_with_an_elided_complement_names_the_complement()
    {
        var d = Run.Text("Charleroi. La CGSP a appelé à la grève lundi dans l’usine. Selon la direction d’Elkano, aucun licenciement n’est prévu "
            + "cette année.", published: "2024-03-12");
        Assert.Contains("Elkano", d.SpeakerWords(d.QuoteAt("aucun licenciement")));
    }

    [Fact]
    public void Selon_an_organisation_noun_alone_still_points_back()
    {
        var d = Run.Text("Charleroi. La CGSP a appelé à la grève lundi dans l’usine. Selon la direction, aucun licenciement n’est prévu cette année.",
            published: "2024-03-12");
        Assert.DoesNotContain("Elkano", d.SpeakerWords(d.QuoteAt("aucun licenciement")));
        Assert.Equal("CGSP", d.SpeakerWords(d.QuoteAt("aucun licenciement")));
    }
}
