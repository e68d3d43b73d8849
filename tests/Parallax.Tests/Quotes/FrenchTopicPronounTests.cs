using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Quotes;

/// <summary>A resumptive "il"/"elle" after a fronted "quant à X" takes up X, the topic (sentences written for these tests).</summary>
public class FrenchTopicPronounTests
{
    const string Opening = "Le ministre du Travail, Olivier Dussopt, a défendu « une réforme juste ». « Nous irons jusqu’au bout », a-t-il ajouté.\n\n";

    [Fact]
    public void The_pronoun_after_quant_au_and_an_organisation_with_its_acronym_in_brackets_is_the_organisations()
    {
        var d = Run.Text(Opening + "Quant au Mouvement des entreprises de France (Medef), il a appelé à « ne pas céder à la panique » sur les salaires.",
            published: "2023-06-20");
        var q = d.QuoteAt("ne pas céder à la panique");
        Assert.NotNull(q.Speaker);
        Assert.Equal(EntityTypes.Organization, d.Entities.Single(e => e.Id == q.Speaker).Type);
        Assert.Contains("Medef", d.SpeakerWords(q));
    }

    [Fact]
    public void A_topic_that_names_no_one_leaves_the_pronoun_to_the_previous_speaker()
    {
        var d = Run.Text(Opening + "Quant à la réforme des retraites, il a jugé « inévitable » son adoption avant l’été.", published: "2023-06-20");
        Assert.Equal("Olivier Dussopt", d.SpeakerWords(d.QuoteAt("inévitable")));
    }
}
