using Parallax.Model;
using static Parallax.Tests.Storage.TestDocs;

namespace Parallax.Tests.Storage;

/// <summary>The hand-made documents the store tests share (three sources, French and English).</summary>
static class StoreSamples
{
    public static readonly (string, string?, string, string, string?, string[])[] NoEntities = [];

    public static Document Putin1() => Make(
        "Vladimir Poutine a parlé avec Donald Trump. Le Kremlin a confirmé. Poutine a aussi menacé l’Ukraine.",
        "portailinfo", new DateOnly(2025, 2, 12),
        [("e1", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Vladimir Poutine", "Poutine"]),
         ("e2", "Q22686", "Donald Trump", "PERSON", "USA", ["Donald Trump"]),
         ("e3", "Q212", "Ukraine", "LOCATION", "UKR", ["Ukraine"]),
         ("e4", "Q1061", "Moscow Kremlin", "ORGANIZATION", "RUS", ["Kremlin"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2025-02-12", mode: "phone") with { ReportedBy = ["e4"] },
         Ev("v2", "THREATEN", ["e1"], ["e3"], date: "2025-02")],
        title: "Poutine et Trump discutent");

    public static Document Macron() => Make(
        "Emmanuel Macron a reçu Olaf Scholz à l’Élysée. Ils ont signé un accord en 2024.",
        "Le Monde", new DateOnly(2024, 6, 1),
        [("e1", "Q3052772", "Emmanuel Macron", "PERSON", "FRA", ["Emmanuel Macron"]),
         ("e2", "Q61053", "Olaf Scholz", "PERSON", "DEU", ["Olaf Scholz"]),
         ("e3", null, "Élysée", "LOCATION", "FRA", ["Élysée"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2024-05-30", mode: "visit") with { Location = "e3" },
         Ev("v2", "AGREE", ["e1", "e2"], date: "2024"),
         Ev("v3", "AID", ["e2"], ["e1"])],
        path: "crawl/lemonde/2024/macron.html");

    public static Document English() => Make(
        "Joe Biden spoke to Vladimir Putin on 12 February 2022. Putin denied any plan to invade.",
        "Reuters", new DateOnly(2022, 2, 13),
        [("e1", "Q6279", "Joe Biden", "PERSON", "USA", ["Joe Biden"]),
         ("e2", "Q7747", "Vladimir Putin", "PERSON", "RUS", ["Vladimir Putin", "Putin"])],
        [Ev("v1", "CONSULT", ["e1", "e2"], date: "2022-02-12", mode: "phone"),
         Ev("v2", "FIGHT", ["e2"], date: "2022-W07") with { Status = EventStatus.Denied }],
        language: "en");


    /// <summary>A document for the entity-listing test (published 2025-01-01).</summary>
    public static Document ExtraDoc(string text, string source, (string, string?, string, string, string?, string[])[] ents, Event[] evs) =>
        TestDocs.Make(text, source, new DateOnly(2025, 1, 1), ents, evs);

    /// <summary>A document for the full-text tests: Ukraine requests something on 2025-02-12.</summary>
    public static Document FtsDoc(string text, string src) => TestDocs.Make(text, src, new DateOnly(2025, 2, 12),
        [("e1", "Q212", "Ukraine", "LOCATION", "UKR", ["Ukraine"])], [TestDocs.Ev("v1", "REQUEST", ["e1"], date: "2025-02-12")]);
}
