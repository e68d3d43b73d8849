using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>French quotations opened right after "Selon lui," / "Selon elle,", and organisations described after a
/// reporting verb past a time word or after "a-t-on appris auprès de" (sentences written for these tests).</summary>
public class FrenchDescriptionSpeakersSelonAndTimedOrganisationTests
{
    [Fact]
    public void Selon_lui_right_before_a_quotation_takes_up_the_person_named_before()
    {
        var d = Run.Text("Le maire de Lille, Pierre Durand, a présenté lundi un plan de relance. Selon lui, « la ville doit investir maintenant dans ses écoles ».",
            published: "2024-05-15");
        Assert.Equal("Pierre Durand", d.SpeakerWords(d.QuoteAt("la ville doit investir")));
    }

    [Fact]
    public void Selon_elle_right_before_a_quotation_takes_up_the_woman_named_before()
    {
        var d = Run.Text("La directrice de l’hôpital, Claire Vasseur, a reçu les syndicats mardi. Selon elle, « aucun service ne fermera cet été ».",
            published: "2024-05-15");
        Assert.Equal("Claire Vasseur", d.SpeakerWords(d.QuoteAt("aucun service ne fermera")));
    }

    [Fact]
    public void Selon_eux_is_no_single_person()
    {
        var d = Run.Text("Les élus Marc Tessier et Anne Roux ont quitté la séance. Selon eux, « le budget a été écrit d’avance ».",
            published: "2024-05-15");
        var q = d.QuoteAt("le budget a été écrit");
        Assert.NotEqual("Anne Roux", d.SpeakerWords(q));
        Assert.NotEqual("Marc Tessier", d.SpeakerWords(q));
    }

    [Theory]
    [InlineData("« Le public sera au rendez-vous », a assuré dimanche la municipalité.", "Le public sera", "municipalité")]
    [InlineData("« La circulation reprendra lundi », a annoncé samedi la préfecture.", "La circulation reprendra", "préfecture")]
    [InlineData("« La circulation reprendra lundi », a-t-on appris auprès de la gendarmerie.", "La circulation reprendra", "gendarmerie")]
    public void An_organisation_described_after_a_time_word_or_a_source_link_keeps_the_direct_quotation(string sentence, string quote, string speaker)
    {
        var d = Run.Text("Le pont de la Vienne a été fermé après la crue. " + sentence, published: "2024-05-15");
        Assert.EndsWith(speaker, d.SpeakerWords(d.QuoteAt(quote)));
    }

    [Fact]
    public void A_person_named_after_the_time_word_is_still_the_speaker()
    {
        var d = Run.Text("Le pont de la Vienne a été fermé après la crue. « La circulation reprendra lundi », a annoncé dimanche le préfet, Luc Morin.",
            published: "2024-05-15");
        Assert.Equal("Luc Morin", d.SpeakerWords(d.QuoteAt("La circulation reprendra")));
    }
}
