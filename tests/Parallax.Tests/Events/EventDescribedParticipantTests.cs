using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Participants told by description (docs/events.md, "Rules of the participants round of issue #7"): "the government" is
/// the document's main country; "the two countries", "les trois pays" the last two or three named; an accusation a
/// refusal takes as its object is refused, not made again; the demonym of the strike a passive killing took place in
/// names its agent. The sentences are made up, in French and English.
/// </summary>
public class EventDescribedParticipantTests
{
    static readonly EventStage Stage = new();

    static Document EastAfrica(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "kényan", "Kenyan")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda's")
        .Entity("Nairobi", "LOCATION", "KEN", "Nairobi")
        .Entity("William Ruto", "PERSON", "KEN", "William Ruto")
        .Entity("Tom Baker", "PERSON", null, "Tom Baker").Build();

    [Theory]
    [InlineData("Le président kényan William Ruto a reçu lundi à Nairobi le ministre des Affaires étrangères de l'Ouganda. Le gouvernement a ensuite expulsé le journaliste Tom Baker.", "fr")]
    [InlineData("Kenyan President William Ruto received Uganda's foreign minister in Nairobi on Monday. The government then expelled the journalist Tom Baker.", "en")]
    public void The_government_is_the_document_s_main_country(string text, string lang)
    {
        var doc = EastAfrica(text, lang);
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "SANCTION");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Tom Baker"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Les ouvriers de la raffinerie Acme sont en grève depuis trois semaines. Le gouvernement a ordonné la réquisition du syndicaliste Tom Baker.", "fr")]
    [InlineData("Workers at the Acme refinery have been on strike for three weeks. The government ordered the arrest of the union leader Tom Baker.", "en")]
    public void The_government_of_a_document_that_names_no_country_is_left_unnamed(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Tom Baker", "PERSON", null, "Tom Baker").Build();
        Assert.All(Stage.Process(doc).Events, e => Assert.Empty(e.Actors));
    }

    static Document Americas(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Canada", "LOCATION", "CAN", "Canada")
        .Entity("Mexico", "LOCATION", "MEX", "Mexique", "Mexico")
        .Entity("Peru", "LOCATION", "PER", "Pérou", "Peru")
        .Entity("Brazil", "LOCATION", "BRA", "Brésil", "Brazil").Build();

    [Theory]
    [InlineData("Le Canada et le Mexique ont relevé vendredi leurs droits de douane sur l'acier. Les deux pays ont accusé le Brésil de dumping.", "fr")]
    [InlineData("Canada and Mexico raised their steel duties on Friday. The two countries accused Brazil of dumping.", "en")]
    public void The_two_countries_are_the_last_two_named(string text, string lang)
    {
        var doc = Americas(text, lang);
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Canada", "Mexico"], Names(doc, ev.Actors));
        Assert.Equal(["Brazil"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Canada, le Mexique et le Pérou ont relevé vendredi leurs droits de douane sur l'acier. Le Brésil a condamné les trois pays.", "fr")]
    [InlineData("Canada, Mexico and Peru raised their steel duties on Friday. Brazil condemned the three countries.", "en")]
    public void The_three_countries_are_the_last_three_named(string text, string lang)
    {
        var doc = Americas(text, lang);
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Brazil"], Names(doc, ev.Actors));
        Assert.Equal(["Canada", "Mexico", "Peru"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Le Brésil a relevé vendredi ses droits de douane sur l'acier. Les deux pays ont accusé le Pérou de dumping.", "fr")]
    [InlineData("Brazil raised its steel duties on Friday. The two countries accused Peru of dumping.", "en")]
    public void Two_countries_with_one_named_before_are_left_unread(string text, string lang)
    {
        var doc = Americas(text, lang);
        Assert.All(Stage.Process(doc).Events.Where(e => e.Type == "ACCUSE"), e => Assert.DoesNotContain(doc.Entities.First(x => x.Name == "Brazil").Id, e.Actors));
    }

    [Theory]
    [InlineData("Le Ghana a accusé lundi le Togo d'abriter des rebelles. Le Togo a rejeté ces accusations.", "fr")]
    [InlineData("Ghana accused Togo of harbouring rebels on Monday. Togo rejected the accusations.", "en")]
    public void A_rejected_accusation_is_not_made_again_by_the_one_who_rejects_it(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Ghana", "LOCATION", "GHA", "Ghana").Entity("Togo", "LOCATION", "TGO", "Togo").Build();
        var events = Stage.Process(doc).Events;
        var accusation = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(["Ghana"], Names(doc, accusation.Actors));
        Assert.Contains(events, e => e.Type == "REJECT" && Names(doc, e.Actors).SequenceEqual(["Togo"]));
    }

    [Theory]
    [InlineData("Le commandant Ali Karimi a été tué mardi dans une frappe israélienne près de Damas.", "fr")]
    [InlineData("Commander Ali Karimi was killed on Tuesday in an Israeli air strike near Damascus.", "en")]
    public void The_strike_a_passive_killing_took_place_in_names_its_agent(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Israel", "LOCATION", "ISR", "israélienne", "Israeli")
            .Entity("Damascus", "LOCATION", "SYR", "Damas", "Damascus")
            .Entity("Ali Karimi", "PERSON", null, "Ali Karimi")
            .Time(lang == "fr" ? "mardi" : "on Tuesday", "date", "2025-02-11").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Israel"], Names(doc, ev.Actors));
        Assert.Equal(["Ali Karimi"], Names(doc, ev.Targets));
    }
}
