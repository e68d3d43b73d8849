using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The rule families of the third events round (docs/events.md, "Violent events and participants' countries"): the
/// demonym on an attack noun or in a passive agent, the foreign place an attack hits, consequences told after the
/// attack, condemned attacks, protesters who are only the object of a police act, and participants' countries read
/// from titles and appositions. The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventConflictTests
{
    static readonly EventStage Stage = new();


    [Theory]
    [InlineData("fr", "Des frappes aériennes turques ont visé mardi la ville de Kobané.", "turques", "Kobané")]
    [InlineData("en", "A Turkish drone strike on Kobani killed four fighters.", "Turkish", "Kobani")]
    public void The_demonym_on_an_attack_noun_is_its_author(string lang, string text, string demonym, string city)
    {
        var doc = new DocBuilder(text, lang).Entity("Turkey", "LOCATION", "TUR", demonym).Entity("Kobani", "LOCATION", "SYR", city).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Turkey"], Names(doc, ev.Actors));
        Assert.Equal(["Kobani"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("fr", "Trois soldats arméniens ont été tués par un tir d'artillerie azerbaïdjanais près de la frontière.", "azerbaïdjanais")]
    [InlineData("en", "Two villagers were killed by Azerbaijani shelling near the border.", "Azerbaijani")]
    public void A_demonym_in_the_passive_agent_acted(string lang, string text, string demonym)
    {
        var doc = new DocBuilder(text, lang).Entity("Azerbaijan", "LOCATION", "AZE", demonym).Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Azerbaijan"], Names(doc, ev.Actors));
        Assert.DoesNotContain(ev.Targets, t => t == ev.Actors[0]);
    }

    [Fact]
    public void A_foreign_place_an_attack_hits_is_its_recipient_but_not_a_place_of_the_attackers_own_country()
    {
        var abroad = new DocBuilder("Russian forces killed three civilians in Kherson on Sunday.", "en")
            .Entity("Russia", "LOCATION", "RUS", "Russian").Entity("Kherson", "LOCATION", "UKR", "Kherson").Build();
        var ev = Assert.Single(Stage.Process(abroad).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Russia"], Names(abroad, ev.Actors));
        Assert.Equal(["Kherson"], Names(abroad, ev.Targets));

        var home = new DocBuilder("Syrian forces killed three rebels in Idlib on Sunday.", "en")
            .Entity("Syria", "LOCATION", "SYR", "Syrian").Entity("Idlib", "LOCATION", "SYR", "Idlib").Build();
        var ev2 = Assert.Single(Stage.Process(home).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Syria"], Names(home, ev2.Actors));
        Assert.Empty(ev2.Targets);
    }

    [Fact]
    public void Killing_after_an_attack_is_its_consequence_and_after_another_act_keeps_that_acts_subject()
    {
        var strike = new DocBuilder("Israeli jets bombed a building in Beirut, killing a senior commander.", "en")
            .Entity("Israel", "LOCATION", "ISR", "Israeli").Entity("Beirut", "LOCATION", "LBN", "Beirut").Build();
        var ev = Assert.Single(Stage.Process(strike).Events);
        Assert.Equal("ASSAULT", ev.Type);
        Assert.Equal(["Israel"], Names(strike, ev.Actors));

        var raid = new DocBuilder("Israeli troops raided a camp near Jenin, killing two Palestinians.", "en")
            .Entity("Israel", "LOCATION", "ISR", "Israeli").Entity("Jenin", "LOCATION", "PSE", "Jenin")
            .Entity("Palestine", "LOCATION", "PSE", "Palestinians").Build();
        var killing = Assert.Single(Stage.Process(raid).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Israel"], Names(raid, killing.Actors));
    }

    [Fact]
    public void A_condemned_attack_aims_the_condemnation_at_its_author_not_its_victim()
    {
        var victim = new DocBuilder("Le Canada a condamné l'attaque contre l'ambassade d'Allemagne à Kaboul.")
            .Entity("Canada", "LOCATION", "CAN", "Canada").Entity("Germany", "LOCATION", "DEU", "Allemagne").Entity("Kabul", "LOCATION", "AFG", "Kaboul").Build();
        var ev = Assert.Single(Stage.Process(victim).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Canada"], Names(victim, ev.Actors));
        Assert.Empty(ev.Targets);

        var author = new DocBuilder("France condemned the Russian strikes on Odesa.", "en")
            .Entity("France", "LOCATION", "FRA", "France").Entity("Russia", "LOCATION", "RUS", "Russian").Entity("Odesa", "LOCATION", "UKR", "Odesa").Build();
        var ev2 = Assert.Single(Stage.Process(author).Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Russia"], Names(author, ev2.Targets));
    }

    [Theory]
    [InlineData("fr", "La police serbe a arrêté des dizaines de manifestants à Belgrade.", "serbe")]
    [InlineData("en", "Serbian police arrested dozens of protesters in Belgrade.", "Serbian")]
    public void Protesters_who_are_only_the_object_of_an_arrest_are_no_protest_event(string lang, string text, string demonym)
    {
        var doc = new DocBuilder(text, lang).Entity("Serbia", "LOCATION", "SRB", demonym).Entity("Belgrade", "LOCATION", "SRB", "Belgrade").Build();
        var events = Stage.Process(doc).Events;
        Assert.DoesNotContain(events, e => e.Type == "PROTEST");
        Assert.Equal(["Serbia"], Names(doc, Assert.Single(events, e => e.Type == "COERCE").Actors));
    }

    [Fact]
    public void Participants_the_knowledge_base_does_not_place_take_the_country_of_their_title_or_apposition()
    {
        var title = new DocBuilder("Le ministre malien de la Défense, Sadio Camara, a rencontré le ministre russe Pavel Orlov à Moscou.")
            .Entity("Mali", "LOCATION", "MLI", "malien").Entity("Russia", "LOCATION", "RUS", "russe")
            .Entity("Sadio Camara", "PERSON", null, "Sadio Camara").Entity("Pavel Orlov", "PERSON", null, "Pavel Orlov")
            .Entity("Moscow", "LOCATION", "RUS", "Moscou").Build();
        var coded = Stage.Process(title);
        var meeting = Assert.Single(coded.Events);
        Assert.Equal(["Pavel Orlov", "Sadio Camara"], Names(coded, meeting.Actors.Concat(meeting.Targets)));
        Assert.Equal("MLI", coded.Entities.First(e => e.Name == "Sadio Camara").Country);
        Assert.Equal("RUS", coded.Entities.First(e => e.Name == "Pavel Orlov").Country);

        var apposition = new DocBuilder("Iran criticised Ahmed Haddad, the Iraqi foreign minister, for the decision.", "en")
            .Entity("Iran", "LOCATION", "IRN", "Iran").Entity("Iraq", "LOCATION", "IRQ", "Iraqi").Entity("Ahmed Haddad", "PERSON", null, "Ahmed Haddad").Build();
        var coded2 = Stage.Process(apposition);
        Assert.Equal("IRQ", coded2.Entities.First(e => e.Name == "Ahmed Haddad").Country);

        // a person who takes part in no event keeps the Entities stage's answer
        var bystander = new DocBuilder("Le diplomate malien Oumar Keita était présent.")
            .Entity("Mali", "LOCATION", "MLI", "malien").Entity("Oumar Keita", "PERSON", null, "Oumar Keita").Build();
        Assert.Null(Stage.Process(bystander).Entities.First(e => e.Name == "Oumar Keita").Country);
    }

    [Fact]
    public void A_modal_inside_the_trigger_or_may_makes_the_event_conditional_but_the_month_May_does_not()
    {
        var could = new DocBuilder("Georgia said Abkhazia could strike its positions.", "en")
            .Entity("Georgia", "LOCATION", "GEO", "Georgia").Entity("Abkhazia", "LOCATION", "GEO", "Abkhazia").Build();
        Assert.Equal(EventStatus.Conditional, Assert.Single(Stage.Process(could).Events, e => e.Type == "ASSAULT").Status);
        var may = new DocBuilder("China may impose sanctions on Lithuania.", "en")
            .Entity("China", "LOCATION", "CHN", "China").Entity("Lithuania", "LOCATION", "LTU", "Lithuania").Build();
        Assert.Equal(EventStatus.Conditional, Assert.Single(Stage.Process(may).Events).Status);
        var month = new DocBuilder("On May 5 China imposed sanctions on Lithuania.", "en")
            .Entity("China", "LOCATION", "CHN", "China").Entity("Lithuania", "LOCATION", "LTU", "Lithuania").Build();
        Assert.Equal(EventStatus.Occurred, Assert.Single(Stage.Process(month).Events).Status);
    }

    [Theory]
    [InlineData("fr", "L'Iran pourrait frapper Bakou, a menacé Ali Vahidi.", "Ali Vahidi")]
    [InlineData("en", "Iran could strike Baku, warned Ali Vahidi.", "Ali Vahidi")]
    public void A_threat_verb_in_an_inverted_trailing_clause_is_the_speakers_threat_against_the_target(string lang, string text, string speaker)
    {
        var doc = new DocBuilder(text, lang).Entity("Iran", "LOCATION", "IRN", "Iran", "L'Iran").Entity("Baku", "LOCATION", "AZE", "Bakou", "Baku")
            .Entity(speaker, "PERSON", "IRN", speaker).Build();
        var events = Stage.Process(doc).Events;
        var threat = Assert.Single(events, e => e.Type == "THREATEN");
        Assert.Equal([speaker], Names(doc, threat.Actors));
        Assert.Equal(EventStatus.Occurred, threat.Status);
        Assert.Equal(["Baku"], Names(doc, threat.Targets));
        Assert.Equal(EventStatus.Conditional, Assert.Single(events, e => e.Type == "ASSAULT").Status);
    }

    [Theory]
    [InlineData("en", "Hezbollah claimed responsibility for the attack on Metula.")]
    [InlineData("fr", "Le Hezbollah a revendiqué l'attaque contre Metula.")]
    public void Who_claims_an_attack_is_its_author(string lang, string text)
    {
        var doc = new DocBuilder(text, lang).Entity("Hezbollah", "ORGANIZATION", "LBN", "Hezbollah").Entity("Metula", "LOCATION", "ISR", "Metula").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Hezbollah"], Names(doc, ev.Actors));
        Assert.Equal(["Metula"], Names(doc, ev.Targets));
    }
}
