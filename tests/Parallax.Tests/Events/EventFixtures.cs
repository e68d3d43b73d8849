using Parallax.Events;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Events;

/// <summary>What the Events stage's test classes share: participants' names, and a two-country cast of made-up sentences.</summary>
internal static class EventFixtures
{
    static readonly EventStage Stage = new();

    /// <summary>The names of the entities with these ids, in order.</summary>
    public static string[] Names(Document d, IEnumerable<string> ids) =>
        [.. ids.Select(id => d.Entities.First(e => e.Id == id).Name).Order()];

    /// <summary>
    /// A sentence about Kenya, Uganda and their presidents, coded: the presidents also by their surnames alone when
    /// <paramref name="surnames"/>, the East African Community too when <paramref name="community"/>.
    /// </summary>
    public static Document EastAfrica(string text, string lang, bool surnames = false, bool community = false)
    {
        var b = new DocBuilder(text, lang, "2025-03-05")
            .Entity("Kenya", "LOCATION", "KEN", "Kenya")
            .Entity("Uganda", "LOCATION", "UGA", "Ouganda", "Uganda")
            .Entity("William Ruto", "PERSON", "KEN", surnames ? ["William Ruto", "Ruto"] : ["William Ruto"])
            .Entity("Yoweri Museveni", "PERSON", "UGA", surnames ? ["Yoweri Museveni", "Museveni"] : ["Yoweri Museveni"]);
        if (community) b.Entity("East African Community", "ORGANIZATION", null, "East African Community", "Communauté d'Afrique de l'Est");
        return Stage.Process(b.Build());
    }
}
