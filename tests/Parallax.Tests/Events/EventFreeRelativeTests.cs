using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Events.EventFixtures;

namespace Parallax.Tests.Events;

/// <summary>
/// Free relatives inside an object ("contre ce qu'il a présenté comme …"), issue #7 (docs/events.md, "Participants round 9").
/// The sentences are made up.
/// </summary>
public class EventFreeRelativeTests
{
    static readonly EventStage Stage = new();

    static (Document Doc, string All) Code(string text, string lang)
    {
        var doc = Stage.Process(new DocBuilder(text, lang, "2025-03-05")
            .Entity("Turkey", "LOCATION", "TUR", "la Turquie", "Turquie", "Ankara")
            .Entity("Kirkuk", "LOCATION", "IRQ", "Kirkouk")
            .Entity("Russia", "LOCATION", "RUS", "la Russie", "Russie", "russes")
            .Entity("Lviv", "LOCATION", "UKR", "Lviv")
            .Entity("Kenya", "LOCATION", "KEN", "le Kenya", "Kenya", "Nairobi")
            .Entity("Uganda", "LOCATION", "UGA", "l'Ouganda", "Ouganda", "Uganda", "Kampala").Build());
        var all = string.Join(" | ", doc.Events.Select(e => $"{e.Type} [{string.Join(",", Names(doc, e.Actors))} -> {string.Join(",", Names(doc, e.Targets))}]"));
        return (doc, all);
    }

    [Theory]
    [InlineData("La Turquie a mené mardi des frappes de drones contre ce qu'elle a décrit comme des positions rebelles à Kirkouk.", "Turkey", "Kirkuk")]
    [InlineData("Les forces russes ont bombardé dans la nuit ce qu'elles ont qualifié de dépôt d'armes étrangères à Lviv.", "Russia", "Lviv")]
    public void An_attack_on_what_the_attacker_called_a_target_abroad_hits_that_place(string text, string actor, string place)
    {
        var (doc, all) = Code(text, "fr");
        var attack = doc.Events.FirstOrDefault(e => e.Type == "ASSAULT" && Names(doc, e.Actors).Contains(actor));
        Assert.True(attack != null, all);
        Assert.Contains(place, Names(doc, attack!.Targets));
    }

    [Theory]
    [InlineData("L'Ouganda a fermé lundi sa frontière avec le Kenya aux camions de carburant. Nairobi a aussitôt dénoncé une « provocation ».", "fr")]
    [InlineData("Uganda closed its border to Kenyan fuel trucks on Monday. Nairobi denounced an \"unfriendly act\".", "en")]
    public void A_quoted_indefinite_noun_names_the_act_told_before(string text, string lang)
    {
        var (doc, all) = Code(text, lang);
        var blame = doc.Events.FirstOrDefault(e => e.Type == "ACCUSE" && Names(doc, e.Actors).Contains("Kenya"));
        Assert.True(blame != null, all);
        Assert.Contains("Uganda", Names(doc, blame!.Targets));
    }

    [Fact]
    public void An_indefinite_noun_without_quotation_marks_is_not_read_back()
    {
        var (doc, all) = Code("L'Ouganda a fermé lundi sa frontière avec le Kenya. Nairobi a dénoncé une hausse des prix du carburant.", "fr");
        var blame = doc.Events.FirstOrDefault(e => e.Type == "ACCUSE" && Names(doc, e.Actors).Contains("Kenya"));
        Assert.True(blame == null || !Names(doc, blame.Targets).Contains("Uganda"), all);
    }
}
