using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Trigger families (docs/events.md, "Trigger families"): one row of Events/data/trigger-families.tsv per verb, whose
/// forms and nominalisations the lexicon compiler derives by the endings of Events/data/inflections.tsv — stopped
/// supplies are a SANCTION, aid and rescuers sent or flown are AID, troops sent are MOBILIZE, a delegation sent is a
/// visit. The sentences are made up; none is from the annotated sets.
/// </summary>
public class EventTriggerFamilyTests
{
    static readonly EventStage Stage = new();

    static DocBuilder Lakes(string text, string lang) => new DocBuilder(text, lang, "2025-03-05")
        .Entity("Kenya", "LOCATION", "KEN", "Kenya")
        .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
        .Entity("Kampala", "LOCATION", "UGA", "Kampala");

    static Document Code(DocBuilder b) => Stage.Process(b.Build());

    [Fact]
    public void A_family_row_yields_the_verb_forms_the_nouns_and_an_optional_determiner()
    {
        string[][] inflections =
        [
            ["en", "verb", "-", "_ s ed ing"], ["en", "noun-sion", "d", "sion"], ["en", "det", "-", "its"], ["en", "of", "-", "of"],
            ["fr", "verb-er", "er", "er e ent é ée"], ["fr", "det", "-", "ses l'"], ["fr", "of", "-", "de"],
        ];
        string[][] families =
        [
            ["en", "suspend", "verb,noun-sion", "SANCTION", "discontinue", "160", "dir", "aid"],
            ["fr", "couper", "verb-er", "SANCTION", "discontinue", "160", "dir", "aide"],
        ];
        var t = TriggerFamilies.Expand(families, inflections).ToList();
        var patterns = t.Select(x => x.Pattern).ToHashSet();
        foreach (var p in (string[])["suspend aid", "suspends aid", "suspended its aid", "suspending aid", "suspension of its aid", "coupe ses aide", "coupe l'aide", "coupent l'aide", "couper l'aide"])
            Assert.Contains(p, patterns);
        Assert.Equal(Frame.Noun, Assert.Single(t, x => x.Pattern == "suspension of aid").Frame);
        Assert.Equal(Frame.Directed, Assert.Single(t, x => x.Pattern == "suspended aid").Frame);
        Assert.All(t, x => Assert.Equal("SANCTION", x.Type));
    }

    [Fact]
    public void A_phrase_listed_in_the_trigger_table_keeps_its_own_row()
    {
        // "sent weapons" is listed as military aid (074); the family of "send" would make it 074 too, "sending troops" a noun
        var lex = EventLexicon.Default;
        var m = lex.TriggersIn("en").FindAll("they sent weapons").Select(x => x.Value).ToList();
        Assert.Contains(m, x => x.Pattern == "sent weapons" && x.Cameo == "074");
    }

    [Theory]
    [InlineData("en", "Kenya halted its gas deliveries to Uganda.")]
    [InlineData("en", "Kenya cut off gas supplies to Uganda.")]
    [InlineData("fr", "Le Kenya a coupé ses livraisons de gaz à l'Ouganda.")]
    [InlineData("fr", "Le Kenya a interrompu l'approvisionnement en gaz de l'Ouganda.")]
    public void Supplies_stopped_are_a_sanction(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("discontinue", ev.Mode);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya flew rescue teams and relief supplies to Uganda.")]
    [InlineData("en", "Kenya dispatched medical teams to Uganda.")]
    [InlineData("fr", "Le Kenya a dépêché des secouristes en Ouganda.")]
    [InlineData("fr", "Le Kenya a envoyé une équipe de sauveteurs en Ouganda.")]
    public void Aid_and_rescuers_sent_are_aid(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "AID");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
        Assert.Equal(["Uganda"], Names(doc, ev.Targets));
    }

    [Theory]
    [InlineData("en", "Kenya dispatched troops to Uganda.")]
    [InlineData("fr", "Le Kenya a dépêché des troupes en Ouganda.")]
    public void Troops_sent_are_a_mobilisation(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "MOBILIZE");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya sent a delegation to Kampala.")]
    [InlineData("fr", "Le Kenya a dépêché une délégation à Kampala.")]
    public void A_delegation_sent_is_a_visit(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal("visit", ev.Mode);
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Trade resumed after the signing of a peace agreement between Kenya and Uganda.")]
    [InlineData("fr", "Le commerce a repris après la signature d'un accord de paix entre le Kenya et l'Ouganda.")]
    [InlineData("en", "Kenya and Uganda signed the treaty.")]
    public void A_signing_told_by_its_noun_after_a_preposition_is_support(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal(["Kenya", "Uganda"], Names(doc, ev.Actors).Order());
    }

    [Theory]
    [InlineData("en", "William Ruto announced his resignation on Monday.")]
    [InlineData("fr", "William Ruto a annoncé sa démission lundi.")]
    public void A_resignation_announced_is_a_retreat(string lang, string text)
    {
        var doc = Code(Lakes(text, lang).Entity("William Ruto", "PERSON", "KEN", "William Ruto"));
        var ev = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("resign", ev.Mode);
        Assert.Equal(["William Ruto"], Names(doc, ev.Actors));
    }

    [Theory]
    [InlineData("en", "Kenya announced the annexation of two districts of Uganda.")]
    [InlineData("fr", "Le Kenya a annoncé l'annexion de deux districts de l'Ouganda.")]
    [InlineData("en", "Kenya launched an incursion into Uganda.")]
    [InlineData("fr", "Le Kenya a lancé une incursion en Ouganda.")]
    public void Annexations_and_incursions_are_assaults(string lang, string text)
    {
        var doc = Code(Lakes(text, lang));
        var ev = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(["Kenya"], Names(doc, ev.Actors));
    }
}
