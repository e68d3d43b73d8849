using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Who participates (docs/events.md, "Rules of the sixth round"): object relatives, a "où/where" relative after a
/// meeting, the author named by "by/par" inside the object, an object pronoun, acts placed in another state, the
/// demonym of a passive attack's subject, and a trailing reporter that is no victim. The sentences are made up, in
/// French and English.
/// </summary>
public class EventParticipantTests
{
    static readonly EventStage Stage = new();


    static DocBuilder Diplomats(string text, string lang) => new DocBuilder(text, lang)
        .Entity("Sergey Lavrov", "PERSON", "RUS", "Sergueï Lavrov", "Sergei Lavrov")
        .Entity("Marco Rubio", "PERSON", "USA", "Marco Rubio")
        .Entity("Steve Witkoff", "PERSON", "USA", "Steve Witkoff")
        .Entity("Riyadh", "LOCATION", "SAU", "Riyad", "Riyadh")
        .Entity("Ukraine", "LOCATION", "UKR", "Ukraine");

    [Theory]
    [InlineData("Sergueï Lavrov, que Marco Rubio et Steve Witkoff ont rencontré mardi à Riyad, a rejeté toute présence de troupes européennes en Ukraine.", "fr")]
    [InlineData("Sergei Lavrov, whom Marco Rubio and Steve Witkoff met in Riyadh on Tuesday, rejected any European troops in Ukraine.", "en")]
    public void An_object_relative_names_the_partner_of_its_verb_and_is_skipped_by_the_main_verb(string text, string lang)
    {
        var doc = Diplomats(text, lang).Build();
        var done = Stage.Process(doc);
        var meeting = Assert.Single(done.Events, e => e.Type == "CONSULT");
        Assert.Equal(["Marco Rubio", "Sergey Lavrov", "Steve Witkoff"], Names(doc, meeting.Actors));
        var refusal = Assert.Single(done.Events, e => e.Type == "REJECT");
        Assert.Equal(["Sergey Lavrov"], Names(doc, refusal.Actors));
        // the meeting told in the relative is background, not what is rejected
        Assert.DoesNotContain(refusal.Targets, t => Names(doc, [t])[0] is "Marco Rubio" or "Steve Witkoff");
    }

    [Theory]
    [InlineData("La réunion est prévue vendredi à Genève, où le ministre Marco Rubio et Steve Witkoff dirigeront la délégation.", "fr")]
    [InlineData("The meeting is planned for Friday in Geneva, where Marco Rubio and Steve Witkoff will lead the delegation.", "en")]
    public void A_where_relative_after_a_meeting_names_its_participants(string text, string lang)
    {
        var doc = Diplomats(text, lang).Entity("Geneva", "LOCATION", "CHE", "Genève", "Geneva").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("AGREE", ev.Type);
        Assert.Equal(["Marco Rubio", "Steve Witkoff"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("La réunion de mardi a été annulée.", "fr")]
    [InlineData("The summit, where the weather was cold, ended early.", "en")]
    public void A_meeting_without_names_in_a_where_relative_gets_no_participants(string text, string lang)
    {
        var doc = Diplomats(text, lang).Build();
        Assert.Empty(Stage.Process(doc).Events);
    }

    [Theory]
    [InlineData("Berlin rejected recent calls by Belarus for economic aid.", "en", "REJECT")]
    [InlineData("Poland's parliament has demanded an immediate admission by Moscow that the massacre took place.", "en", "REQUEST")]
    [InlineData("Berlin a rejeté les récents appels lancés par la Biélorussie en faveur d'une aide économique.", "fr", "REJECT")]
    public void By_inside_the_object_names_the_author_as_recipient(string text, string lang, string type)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Germany", "LOCATION", "DEU", "Berlin").Entity("Belarus", "LOCATION", "BLR", "Belarus", "Biélorussie")
            .Entity("Poland", "LOCATION", "POL", "Poland").Entity("Russia", "LOCATION", "RUS", "Moscow").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == type);
        Assert.Equal(type == "REJECT" ? ["Germany"] : ["Poland"], Names(doc, ev.Actors));
        Assert.Equal(type == "REJECT" ? ["Belarus"] : ["Russia"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("The embassy was attacked by Belarus on Monday.", "en")]
    [InlineData("L'ambassade a été attaquée par la Biélorussie lundi.", "fr")]
    public void By_right_after_a_passive_verb_is_still_the_agent(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Belarus", "LOCATION", "BLR", "Belarus", "Biélorussie").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Belarus"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("Bashar al-Assad fled to Moscow on Sunday. Russia said it had granted him asylum.", "en")]
    [InlineData("Bachar al-Assad a fui à Moscou dimanche. La Russie lui a accordé l'asile politique.", "fr")]
    public void An_object_pronoun_is_the_person_told_before(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Bashar al-Assad", "PERSON", "SYR", "Bashar al-Assad", "Bachar al-Assad")
            .Entity("Russia", "LOCATION", "RUS", "Russia", "Russie", "Moscow", "Moscou").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "AID");
        Assert.Equal(["Russia"], Names(doc, ev.Actors));
        Assert.Equal(["Bashar al-Assad"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Sri Lanka opened an embassy in Tehran on Wednesday.", "en", "SUPPORT", "Tehran")]
    [InlineData("Pakistan has refused to deploy peacekeepers in Iraq.", "en", "REJECT", "Iraq")]
    [InlineData("Le Pakistan a refusé de déployer des casques bleus en Irak.", "fr", "REJECT", "Iraq")]
    public void An_act_placed_in_another_state_is_aimed_at_it(string text, string lang, string type, string recipient)
    {
        var doc = new DocBuilder(text, lang).Entity("Sri Lanka", "LOCATION", "LKA", "Sri Lanka").Entity("Tehran", "LOCATION", "IRN", "Tehran")
            .Entity("Pakistan", "LOCATION", "PAK", "Pakistan").Entity("Iraq", "LOCATION", "IRQ", "Iraq", "Irak").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == type);
        Assert.Equal([recipient], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Pakistan has refused to deploy troops in Pakistan's north.", "en")]
    [InlineData("Le Pakistan a refusé de déployer des troupes au Pakistan.", "fr")]
    public void An_act_placed_at_home_has_no_recipient_from_its_place(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Pakistan", "LOCATION", "PAK", "Pakistan").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "REJECT");
        Assert.Empty(ev.Targets);
    }

    [Theory]
    [InlineData("A camp for Congolese refugees was attacked by Burundian militiamen on Monday.", "en")]
    [InlineData("Un camp de réfugiés congolais a été attaqué par des miliciens burundais lundi.", "fr")]
    public void The_demonym_of_a_passive_attack_subject_undergoes_it(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("DR Congo", "LOCATION", "COD", "Congolese", "congolais")
            .Entity("Burundi", "LOCATION", "BDI", "Burundian", "burundais").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Burundi"], Names(doc, ev.Actors));
        Assert.Equal(["DR Congo"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("Burundian militiamen attacked the camp, killing 156 people, the UNHCR reported.", "en")]
    [InlineData("Des miliciens burundais ont attaqué le camp, tuant 156 personnes, a indiqué le HCR.", "fr")]
    public void The_source_of_a_trailing_report_is_no_victim(string text, string lang)
    {
        var doc = new DocBuilder(text, lang).Entity("Burundi", "LOCATION", "BDI", "Burundian", "burundais")
            .Entity("UNHCR", "ORGANIZATION", null, "UNHCR", "HCR").Build();
        var done = Stage.Process(doc);
        var unhcr = doc.Entities.Single(e => e.Name == "UNHCR").Id;
        Assert.All(done.Events, e => Assert.DoesNotContain(unhcr, e.Targets));
    }

    [Fact]
    public void The_possessor_of_an_event_noun_is_its_author_and_a_passive_agent_after_it_is_not()
    {
        var doc = new DocBuilder("Ethiopia's attack on Somalia was condemned by Kenya.", "en")
            .Entity("Ethiopia", "LOCATION", "ETH", "Ethiopia")
            .Entity("Somalia", "LOCATION", "SOM", "Somalia")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya").Build();
        var events = Stage.Process(doc).Events;
        var attack = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal(["Ethiopia"], Names(doc, attack.Actors));
        Assert.Equal(["Somalia"], Names(doc, attack.Targets));
        var blame = Assert.Single(events, e => e.Type == "ACCUSE");
        Assert.Equal(["Kenya"], Names(doc, blame.Actors));
    }

    [Fact]
    public void The_possessor_of_a_meeting_noun_takes_part()
    {
        var doc = new DocBuilder("Chile's meeting with Argentina ended without agreement.", "en")
            .Entity("Chile", "LOCATION", "CHL", "Chile")
            .Entity("Argentina", "LOCATION", "ARG", "Argentina").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "CONSULT");
        Assert.Contains("Chile", Names(doc, ev.Actors));
        Assert.Contains("Argentina", Names(doc, ev.Actors.Concat(ev.Targets)));
    }

    [Theory]
    [InlineData("Les frappes de la Russie contre l'Ukraine ont repris lundi.", "Russia", "Ukraine")]
    [InlineData("Les frappes du Tchad contre le Soudan ont repris lundi.", "Chad", "Sudan")]
    public void The_genitive_before_contre_is_the_author_of_the_attack(string text, string author, string target)
    {
        var builder = new DocBuilder(text, "fr");
        foreach (var (name, iso, surface) in new[] { ("Russia", "RUS", "la Russie"), ("Ukraine", "UKR", "l'Ukraine"), ("Chad", "TCD", "Tchad"), ("Sudan", "SDN", "le Soudan") })
            if (text.Contains(surface)) builder.Entity(name, "LOCATION", iso, surface);
        var doc = builder.Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal([author], Names(doc, ev.Actors));
        Assert.Equal([target], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("La Somalie a été attaquée mardi à l'aube par l'Éthiopie.", "fr")]
    [InlineData("Somalia was attacked on Tuesday by Ethiopia.", "en")]
    public void A_passive_agent_after_a_date_is_the_actor(string text, string lang)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Somalia", "LOCATION", "SOM", "La Somalie", "Somalia")
            .Entity("Ethiopia", "LOCATION", "ETH", "l'Éthiopie", "Ethiopia").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Ethiopia"], Names(doc, ev.Actors));
        Assert.Equal(["Somalia"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_capital_as_passive_agent_acts_for_its_government()
    {
        var doc = new DocBuilder("Ukraine was attacked overnight by Moscow, officials said.", "en")
            .Entity("Ukraine", "LOCATION", "UKR", "Ukraine")
            .Entity("Moscow", "LOCATION", "RUS", "Moscow").Build();
        var ev = Assert.Single(Stage.Process(doc).Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Moscow"], Names(doc, ev.Actors));
        Assert.Equal(["Ukraine"], Names(doc, ev.Targets));
    }
}
