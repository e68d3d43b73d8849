using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// The general rule families of the second events round (docs/events.md): the broader lexicon, reporting clauses,
/// status from the future in the past, denials and conditions, obligations, passives, relative clauses and
/// appositions, demonyms, capitals, sanctions and mobilisation. Each sentence is not from the annotated sets.
/// </summary>
public class EventFrameTests
{
    static readonly EventStage Stage = new();


    static Event Only(Document d, string type)
    {
        var coded = Stage.Process(d);
        return Assert.Single(coded.Events, e => e.Type == type);
    }

    [Fact]
    public void Base_forms_after_will_are_found_and_future_support_is_an_agreement()
    {
        var doc = new DocBuilder("Hungary has said it will support the resolution.", "en")
            .Entity("Hungary", "LOCATION", "HUN", "Hungary").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal(("AGREE", EventStatus.Occurred), (ev.Type, ev.Status));
        Assert.Equal(["Hungary"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_pronoun_after_a_reporting_verb_is_the_reporting_subject()
    {
        var doc = new DocBuilder("Syrian rebels said on Monday they would attack government positions.", "en")
            .Entity("Syria", "LOCATION", "SYR", "Syrian").Build();
        var ev = Only(doc, "ASSAULT");
        Assert.Equal(["Syria"], Names(doc, ev.Actors));
        // "would" after "said" is the future seen from the past: a plan, not a hypothesis
        Assert.Equal(EventStatus.Planned, ev.Status);
    }

    [Fact]
    public void Would_after_a_reporting_verb_is_a_plan_and_a_promised_release_a_concession()
    {
        var said = new DocBuilder("Hamas said it would release four hostages.", "en")
            .Entity("Hamas", "ORGANIZATION", "PSE", "Hamas").Build();
        var ev = Assert.Single(Stage.Process(said).Events);
        Assert.Equal(("CONCEDE", EventStatus.Occurred), (ev.Type, ev.Status));
        // a real hypothesis stays conditional
        var hypo = new DocBuilder("Iran would attack Israel if it were struck.", "en")
            .Entity("Iran", "LOCATION", "IRN", "Iran").Entity("Israel", "LOCATION", "ISR", "Israel").Build();
        Assert.Equal(EventStatus.Conditional, Only(hypo, "ASSAULT").Status);
    }

    [Theory]
    [InlineData("en", "Russia denied attacking the hospital.", "Russia")]
    [InlineData("fr", "La Russie a démenti avoir bombardé l'hôpital.", "Russie")]
    public void A_denied_act_is_denied(string lang, string text, string russia)
    {
        var doc = new DocBuilder(text, lang).Entity("Russia", "LOCATION", "RUS", russia).Build();
        var ev = Only(doc, "ASSAULT");
        Assert.Equal(EventStatus.Denied, ev.Status);
        Assert.Equal(["Russia"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_sanction_announced_on_a_condition_is_a_threat()
    {
        var doc = new DocBuilder("Norway will recall its ambassador unless Iran releases the journalist.", "en")
            .Entity("Norway", "LOCATION", "NOR", "Norway").Entity("Iran", "LOCATION", "IRN", "Iran").Build();
        var coded = Stage.Process(doc);
        var ev = Assert.Single(coded.Events, e => e.Actors.Contains(doc.Entities[0].Id));
        Assert.Equal(("THREATEN", EventStatus.Occurred), (ev.Type, ev.Status));
        Assert.DoesNotContain(coded.Events, e => e.Type == "SANCTION");
    }

    [Fact]
    public void Must_after_a_reporting_verb_is_a_request_from_the_speaker_and_the_demanded_act_is_not_coded()
    {
        var doc = new DocBuilder("Brazil said that Venezuela must release all political prisoners.", "en")
            .Entity("Brazil", "LOCATION", "BRA", "Brazil").Entity("Venezuela", "LOCATION", "VEN", "Venezuela").Build();
        var coded = Stage.Process(doc);
        var ev = Assert.Single(coded.Events);
        Assert.Equal("REQUEST", ev.Type);
        Assert.Equal(["Brazil"], Names(doc, ev.Actors));
        Assert.Equal(["Venezuela"], Names(doc, ev.Targets));
        // an obligation nobody is said to impose is not a request
        var opinion = new DocBuilder("Venezuela must hold free elections.", "en").Entity("Venezuela", "LOCATION", "VEN", "Venezuela").Build();
        Assert.DoesNotContain(Stage.Process(opinion).Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void Saying_someone_will_pay_is_a_threat_to_them()
    {
        var doc = new DocBuilder("Netanyahu said Iran had made a big mistake and would pay for it.", "en")
            .Entity("Benjamin Netanyahu", "PERSON", "ISR", "Netanyahu").Entity("Iran", "LOCATION", "IRN", "Iran").Build();
        var ev = Only(doc, "THREATEN");
        Assert.Equal(["Benjamin Netanyahu"], Names(doc, ev.Actors));
        Assert.Equal(["Iran"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_demand_that_someone_act_is_aimed_at_them()
    {
        var doc = new DocBuilder("Le Brésil a exigé que le Venezuela libère tous les prisonniers politiques.")
            .Entity("Brazil", "LOCATION", "BRA", "Brésil").Entity("Venezuela", "LOCATION", "VEN", "Venezuela").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("REQUEST", ev.Type);
        Assert.Equal(["Brazil"], Names(doc, ev.Actors));
        Assert.Equal(["Venezuela"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Olaf Scholz was received by Emmanuel Macron in Paris.")]
    [InlineData("fr", "Olaf Scholz a été reçu à Paris par Emmanuel Macron.")]
    public void In_the_passive_the_one_received_visits_and_the_agent_hosts(string lang, string text)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Olaf Scholz", "PERSON", "DEU", "Olaf Scholz").Entity("Emmanuel Macron", "PERSON", "FRA", "Emmanuel Macron")
            .Entity("Paris", "LOCATION", "FRA", "Paris").Build();
        var ev = Only(doc, "CONSULT");
        Assert.Equal("visit", ev.Mode);
        Assert.Equal(["Olaf Scholz"], Names(doc, ev.Actors));
        Assert.Equal(["Emmanuel Macron"], Names(doc, ev.Targets));
    }

    [Fact]
    public void A_visitor_described_by_a_demonym_is_its_country()
    {
        var doc = new DocBuilder("Le ministre allemand des Affaires étrangères a été reçu lundi par Emmanuel Macron.")
            .Entity("Germany", "LOCATION", "DEU", "allemand").Entity("Emmanuel Macron", "PERSON", "FRA", "Emmanuel Macron").Build();
        var ev = Only(doc, "CONSULT");
        Assert.Equal(["Germany"], Names(doc, ev.Actors));
        Assert.Equal(["Emmanuel Macron"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Emmanuel Macron, who visited Kyiv last year, condemned Russia on Monday.", "Russia")]
    [InlineData("fr", "Emmanuel Macron, qui s'est rendu à Kiev l'an dernier, a condamné la Russie lundi.", "Russie")]
    public void A_relative_clause_neither_gives_the_main_verb_its_subject_nor_lends_it_its_objects(string lang, string text, string russia)
    {
        var doc = new DocBuilder(text, lang)
            .Entity("Emmanuel Macron", "PERSON", "FRA", "Emmanuel Macron").Entity("Kyiv", "LOCATION", "UKR", "Kyiv", "Kiev")
            .Entity("Russia", "LOCATION", "RUS", russia).Build();
        var coded = Stage.Process(doc);
        var accuse = Assert.Single(coded.Events, e => e.Type == "ACCUSE");
        Assert.Equal(["Emmanuel Macron"], Names(doc, accuse.Actors));
        Assert.Equal(["Russia"], Names(doc, accuse.Targets));
        var visit = Assert.Single(coded.Events, e => e.Type == "CONSULT");
        Assert.DoesNotContain(visit.Targets, t => t == doc.Entities[2].Id);
    }

    [Fact]
    public void An_apposition_is_not_the_subject()
    {
        var doc = new DocBuilder("Pakistan, a key U.S. ally in the region, has refused to deploy peacekeepers.", "en")
            .Entity("Pakistan", "LOCATION", "PAK", "Pakistan").Entity("United States", "LOCATION", "USA", "U.S.").Build();
        var ev = Only(doc, "REJECT");
        Assert.Equal(["Pakistan"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_trailing_reporting_clause_is_the_source_not_a_participant()
    {
        var doc = new DocBuilder("Iran fired missiles at Israel overnight, the Israeli military said, in its first direct attack.", "en")
            .Entity("Iran", "LOCATION", "IRN", "Iran").Entity("Israel", "LOCATION", "ISR", "Israel", "Israeli").Build();
        var ev = Only(doc, "ASSAULT");
        Assert.Equal(["Iran"], Names(doc, ev.Actors));
        Assert.Equal(["Israel"], Names(doc, ev.Targets));
        Assert.Equal(["Israel"], Names(doc, ev.ReportedBy));
    }

    [Fact]
    public void Demonyms_opening_the_clause_are_its_subject()
    {
        var doc = new DocBuilder("The Turkish and Greek sides of the divided island of Cyprus have agreed to share information.", "en")
            .Entity("Turkey", "LOCATION", "TUR", "Turkish").Entity("Greece", "LOCATION", "GRC", "Greek").Entity("Cyprus", "LOCATION", "CYP", "Cyprus").Build();
        var ev = Only(doc, "AGREE");
        Assert.Equal(["Greece", "Turkey"], Names(doc, ev.Actors));
    }

    [Fact]
    public void Cutting_links_with_a_country_is_a_sanction_aimed_at_it()
    {
        var doc = new DocBuilder("Italy announced a suspension of air links with Serbia on Wednesday.", "en")
            .Entity("Italy", "LOCATION", "ITA", "Italy").Entity("Serbia", "LOCATION", "SRB", "Serbia").Build();
        var ev = Only(doc, "SANCTION");
        Assert.Equal(["Italy"], Names(doc, ev.Actors));
        Assert.Equal(["Serbia"], Names(doc, ev.Targets));
        var ended = new DocBuilder("Syrian officers ended mediation efforts between rival militias in Lebanon.", "en")
            .Entity("Syria", "LOCATION", "SYR", "Syrian").Entity("Lebanon", "LOCATION", "LBN", "Lebanon").Build();
        Assert.Equal("SANCTION", Assert.Single(Stage.Process(ended).Events).Type);
    }

    [Fact]
    public void Recalling_an_ambassador_from_a_country_sanctions_it()
    {
        var doc = new DocBuilder("Le Niger a rappelé son ambassadeur en France.")
            .Entity("Niger", "LOCATION", "NER", "Niger").Entity("France", "LOCATION", "FRA", "France").Build();
        var ev = Only(doc, "SANCTION");
        Assert.Equal(["France"], Names(doc, ev.Targets));
    }

    [Fact]
    public void Forces_prepared_to_attack_are_mobilised()
    {
        var doc = new DocBuilder("The Macedonian army prepared to resume shelling rebel positions.", "en")
            .Entity("North Macedonia", "LOCATION", "MKD", "Macedonian").Build();
        var ev = Assert.Single(Stage.Process(doc).Events);
        Assert.Equal("MOBILIZE", ev.Type);
        Assert.Equal(["North Macedonia"], Names(doc, ev.Actors));
    }

    [Fact]
    public void A_commitment_made_at_a_meeting_is_to_the_other_participants()
    {
        var doc = new DocBuilder("Le chancelier Olaf Scholz a rencontré lundi Volodymyr Zelensky. Il a promis la livraison de chars.")
            .Entity("Olaf Scholz", "PERSON", "DEU", "Olaf Scholz").Entity("Volodymyr Zelenskyy", "PERSON", "UKR", "Volodymyr Zelensky").Build();
        var ev = Only(doc, "AGREE");
        Assert.Equal(["Olaf Scholz"], Names(doc, ev.Actors));
        Assert.Equal(["Volodymyr Zelenskyy"], Names(doc, ev.Targets));
        // without a meeting just before, the recipient stays unnamed
        var alone = new DocBuilder("Olaf Scholz a promis la livraison de chars.").Entity("Olaf Scholz", "PERSON", "DEU", "Olaf Scholz").Build();
        Assert.Empty(Only(alone, "AGREE").Targets);
    }

    [Fact]
    public void Rejecting_any_idea_answers_the_last_other_actor()
    {
        var doc = new DocBuilder("Donald Trump a évoqué l'achat du Groenland. Le Danemark a rejeté toute idée de vente.")
            .Entity("Donald Trump", "PERSON", "USA", "Donald Trump").Entity("Greenland", "LOCATION", "GRL", "Groenland")
            .Entity("Denmark", "LOCATION", "DNK", "Danemark").Build();
        var coded = Stage.Process(doc);
        // the first sentence tells no event: the refusal has no one to answer
        Assert.Empty(Assert.Single(coded.Events, e => e.Type == "REJECT").Targets);
        var after = new DocBuilder("Donald Trump a menacé le Groenland. Le Danemark a rejeté toute idée de vente.")
            .Entity("Donald Trump", "PERSON", "USA", "Donald Trump").Entity("Greenland", "LOCATION", "GRL", "Groenland")
            .Entity("Denmark", "LOCATION", "DNK", "Danemark").Build();
        var reject = Only(after, "REJECT");
        Assert.Equal(["Denmark"], Names(after, reject.Actors));
        Assert.Equal(["Donald Trump"], Names(after, reject.Targets));
    }

    [Fact]
    public void A_capital_receiving_aid_stands_for_its_government()
    {
        var doc = new DocBuilder("Washington a promis une aide militaire de 500 millions de dollars à Kiev.")
            .Entity("Washington, D.C.", "LOCATION", "USA", "Washington").Entity("Kyiv", "LOCATION", "UKR", "Kiev").Build();
        var ev = Only(doc, "AGREE");
        Assert.Equal(["Washington, D.C."], Names(doc, ev.Actors));
        Assert.Equal(["Kyiv"], Names(doc, ev.Targets));
    }
}
