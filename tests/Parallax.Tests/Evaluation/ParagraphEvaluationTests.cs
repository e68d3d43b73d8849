using System.Text.Json;
using Parallax.Evaluation;
using Parallax.Model;

namespace Parallax.Tests.Evaluation;

/// <summary>
/// The annotated French and English paragraph set (testdata/events/paragraphs.json, docs/annotation-guide-events.md):
/// its shape, the matching rules of the scorer, and floors under today's figures (docs/quality.md).
/// </summary>
public class ParagraphEvaluationTests
{
    static readonly string File_ = Path.Combine(AppContext.BaseDirectory, "testdata", "events", "paragraphs.json");
    static readonly Lazy<ParagraphReport> Report = new(() => ParagraphEvaluation.Run(Pipeline.CreateDefault(), File.ReadAllText(File_)));

    static readonly HashSet<string> Types = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"];
    static readonly HashSet<string> Statuses = [EventStatus.Occurred, EventStatus.Planned, EventStatus.Intended, EventStatus.Denied,
        EventStatus.Reported, EventStatus.Conditional];

    [Fact]
    public void The_set_has_sixty_paragraphs_in_both_languages_with_a_held_out_third()
    {
        var cases = Report.Value.Cases;
        Assert.True(cases.Count >= 60, $"{cases.Count} paragraphs");
        Assert.True(cases.Count(c => c.Language == "fr") >= 30);
        Assert.True(cases.Count(c => c.Language == "en") >= 30);
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        int heldOut = cases.Count(c => c.Split == "heldout");
        int tuned = cases.Count(c => c.Split is "dev" or "heldout");
        Assert.InRange(heldOut, tuned / 4, tuned / 2);
        Assert.True(cases.Count(c => c.Split == "blind2") >= 30, "the second blind set");
        var blind3 = cases.Where(c => c.Split == "blind3").ToList();
        Assert.True(blind3.Count >= 30, "the third blind set");
        Assert.True(blind3.Count(c => c.Language == "fr") >= blind3.Count / 3, "a third of the third blind set in French");
        var blind4 = cases.Where(c => c.Split == "blind4").ToList();
        Assert.True(blind4.Count >= 30, "the fourth blind set");
        Assert.True(blind4.Count(c => c.Language == "fr") >= blind4.Count / 3, "a third of the fourth blind set in French");
        var blind5 = cases.Where(c => c.Split == "blind5").ToList();
        Assert.True(blind5.Count >= 20, "the fifth blind set");
        Assert.Equal(blind5.Count / 2, blind5.Count(c => c.Language == "fr"));
        var blind6 = cases.Where(c => c.Split == "blind6").ToList();
        Assert.True(blind6.Count >= 20, "the sixth blind set");
        Assert.Equal(blind6.Count / 2, blind6.Count(c => c.Language == "fr"));
        var blind7 = cases.Where(c => c.Split == "blind7").ToList();
        Assert.True(blind7.Count >= 20, "the seventh blind set");
        Assert.Equal(blind7.Count / 2, blind7.Count(c => c.Language == "fr"));
        var blind8 = cases.Where(c => c.Split == "blind8").ToList();
        Assert.True(blind8.Count >= 20, "the eighth blind set");
        Assert.Equal(blind8.Count / 2, blind8.Count(c => c.Language == "fr"));
        var blind9 = cases.Where(c => c.Split == "blind9").ToList();
        Assert.True(blind9.Count >= 20, "the ninth blind set");
        Assert.Equal(blind9.Count / 2, blind9.Count(c => c.Language == "fr"));
        var blind10 = cases.Where(c => c.Split == "blind10").ToList();
        Assert.True(blind10.Count >= 20, "the tenth blind set");
        Assert.Equal(blind10.Count / 2, blind10.Count(c => c.Language == "fr"));
        var blind11 = cases.Where(c => c.Split == "blind11").ToList();
        Assert.True(blind11.Count >= 20, "the eleventh blind set");
        Assert.Equal(blind11.Count / 2, blind11.Count(c => c.Language == "fr"));
        var blind12 = cases.Where(c => c.Split == "blind12").ToList();
        Assert.True(blind12.Count >= 20, "the twelfth blind set");
        Assert.Equal(blind12.Count / 2, blind12.Count(c => c.Language == "fr"));
        var blind13 = cases.Where(c => c.Split == "blind13").ToList();
        Assert.True(blind13.Count >= 20, "the thirteenth blind set");
        Assert.Equal(blind13.Count / 2, blind13.Count(c => c.Language == "fr"));
        var blind14 = cases.Where(c => c.Split == "blind14").ToList();
        Assert.True(blind14.Count >= 20, "the fourteenth blind set");
        Assert.Equal(blind14.Count / 2, blind14.Count(c => c.Language == "fr"));
        var blind15 = cases.Where(c => c.Split == "blind15").ToList();
        Assert.True(blind15.Count >= 20, "the fifteenth blind set");
        Assert.Equal(blind15.Count / 2, blind15.Count(c => c.Language == "fr"));
        var blind16 = cases.Where(c => c.Split == "blind16").ToList();
        Assert.True(blind16.Count >= 20, "the sixteenth blind set");
        Assert.Equal(blind16.Count / 2, blind16.Count(c => c.Language == "fr"));
        var blind17 = cases.Where(c => c.Split == "blind17").ToList();
        Assert.True(blind17.Count >= 20, "the seventeenth blind set");
        Assert.Equal(blind17.Count / 2, blind17.Count(c => c.Language == "fr"));
        var blind18 = cases.Where(c => c.Split == "blind18").ToList();
        Assert.True(blind18.Count >= 20, "the eighteenth blind set");
        Assert.Equal(blind18.Count / 2, blind18.Count(c => c.Language == "fr"));
        var blind19 = cases.Where(c => c.Split == "blind19").ToList();
        Assert.True(blind19.Count >= 20, "the nineteenth blind set");
        Assert.Equal(blind19.Count / 2, blind19.Count(c => c.Language == "fr"));
        var blind20 = cases.Where(c => c.Split == "blind20").ToList();
        Assert.True(blind20.Count >= 20, "the twentieth blind set");
        Assert.Equal(blind20.Count / 2, blind20.Count(c => c.Language == "fr"));
        var blind21 = cases.Where(c => c.Split == "blind21").ToList();
        Assert.True(blind21.Count >= 20, "the twenty-first blind set");
        Assert.Equal(blind21.Count / 2, blind21.Count(c => c.Language == "fr"));
        var blind22 = cases.Where(c => c.Split == "blind22").ToList();
        Assert.True(blind22.Count >= 20, "the twenty-second blind set");
        Assert.Equal(blind22.Count / 2, blind22.Count(c => c.Language == "fr"));
        var blind23 = cases.Where(c => c.Split == "blind23").ToList();
        Assert.True(blind23.Count >= 20, "the twenty-third blind set");
        Assert.Equal(blind23.Count / 2, blind23.Count(c => c.Language == "fr"));
        var blind24 = cases.Where(c => c.Split == "blind24").ToList();
        Assert.True(blind24.Count >= 20, "the twenty-fourth blind set");
        Assert.Equal(blind24.Count / 2, blind24.Count(c => c.Language == "fr"));
        var blind25 = cases.Where(c => c.Split == "blind25").ToList();
        Assert.True(blind25.Count >= 20, "the twenty-fifth blind set");
        Assert.Equal(blind25.Count / 2, blind25.Count(c => c.Language == "fr"));
        var blind26 = cases.Where(c => c.Split == "blind26").ToList();
        Assert.True(blind26.Count >= 20, "the twenty-sixth blind set");
        Assert.Equal(blind26.Count / 2, blind26.Count(c => c.Language == "fr"));
        var blind27 = cases.Where(c => c.Split == "blind27").ToList();
        Assert.True(blind27.Count >= 20, "the twenty-seventh blind set");
        Assert.Equal(blind27.Count / 2, blind27.Count(c => c.Language == "fr"));
        var blind28 = cases.Where(c => c.Split == "blind28").ToList();
        Assert.True(blind28.Count >= 20, "the twenty-eighth blind set");
        Assert.Equal(blind28.Count / 2, blind28.Count(c => c.Language == "fr"));
        Assert.All(cases, c => Assert.Contains(c.Split, new[] { "dev", "heldout", "blind2", "blind3", "blind4", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind11", "blind12", "blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20", "blind21", "blind22", "blind23", "blind24", "blind25", "blind26", "blind27", "blind28" }));
    }

    [Fact]
    public void Every_gold_event_has_a_PLOVER_type_a_status_and_a_participant()
    {
        foreach (var c in Report.Value.Cases)
            foreach (var g in c.Gold)
            {
                Assert.Contains(g.Type, Types);
                Assert.Contains(g.Status, Statuses);
                Assert.True(g.Actors.Count + g.Recipients.Count > 0, $"{c.Id}: {g.Type} without participants");
                Assert.True(g.Date is null || System.Text.RegularExpressions.Regex.IsMatch(g.Date, @"^\d{4}(-\d{2}(-\d{2})?)?$"), $"{c.Id}: date {g.Date}");
            }
    }

    [Fact]
    public void A_participant_matches_by_name_mention_wikidata_id_or_country()
    {
        const string text = "Le président Zelensky a rencontré Macron.";
        var zelensky = new Entity { Id = "e1", Name = "Volodymyr Zelenskyy", Type = EntityTypes.Person, Kb = "Q3881810", Country = "UKR", Mentions = [new Mention(13, 21, "Zelensky")] };
        Assert.True(ParagraphEvaluation.Denotes("Volodymyr Zelenskyy", zelensky, text));
        Assert.True(ParagraphEvaluation.Denotes("Zelenskyy", zelensky, text));      // the name's last words
        Assert.True(ParagraphEvaluation.Denotes("Zelensky", zelensky, text));       // a mention in the text
        Assert.True(ParagraphEvaluation.Denotes("Q3881810", zelensky, text));
        Assert.True(ParagraphEvaluation.Denotes("Someone|UKR", zelensky, text));
        Assert.False(ParagraphEvaluation.Denotes("RUS", zelensky, text));
        Assert.False(ParagraphEvaluation.Denotes("Q7747|Vladimir Putin", zelensky, text));
        Assert.False(ParagraphEvaluation.Denotes("sky", zelensky, text));           // not a part of a word
    }

    [Fact]
    public void A_coded_event_matches_on_type_and_overlapping_actors_and_recipients_once()
    {
        const string text = "Russia attacked Ukraine.";
        var doc = new Document
        {
            Id = "t", Source = new SourceInfo(null, null, "test"), Language = "en", Text = text,
            Entities = [
                new Entity { Id = "e1", Name = "Russia", Type = EntityTypes.Location, Country = "RUS" },
                new Entity { Id = "e2", Name = "Ukraine", Type = EntityTypes.Location, Country = "UKR" }],
            Events = [
                new Event { Id = "v1", Type = "ASSAULT", Actors = ["e1"], Targets = ["e2"] },
                new Event { Id = "v2", Type = "ASSAULT", Actors = ["e2"], Targets = ["e1"] },
                new Event { Id = "v3", Type = "ACCUSE", Actors = ["e1"], Targets = ["e2"] }],
        };
        GoldEvent Gold(string type, string actor, string target) => new(type, null, [actor], [target], null, null, EventStatus.Occurred, []);
        var m = ParagraphEvaluation.Match([Gold("ASSAULT", "RUS", "UKR"), Gold("ASSAULT", "RUS", "UKR"), Gold("SANCTION", "RUS", "UKR")], doc);
        Assert.Equal(0, m[0]);                 // same type, actor and recipient
        Assert.False(m.ContainsKey(1));        // v1 is taken; v2 has the roles reversed
        Assert.False(m.ContainsKey(2));        // no SANCTION was coded
        // a consultation that is not a visit is scored without direction
        var talks = doc with { Events = [new Event { Id = "v1", Type = "CONSULT", Actors = ["e2"], Targets = ["e1"] }] };
        Assert.Single(ParagraphEvaluation.Match([Gold("CONSULT", "RUS", "UKR")], talks));
        Assert.Empty(ParagraphEvaluation.Match([new GoldEvent("CONSULT", "visit", ["RUS"], ["UKR"], null, null, EventStatus.Occurred, [])], talks));
    }

    [Fact]
    public void Malformed_sets_are_refused_with_the_reason()
    {
        var e = Assert.Throws<FormatException>(() => ParagraphEvaluation.Run(Pipeline.CreateDefault(),
            """{"paragraphs":[{"id":"x","lang":"en","published":"2025-01-01","text":"Hi.","events":[{"type":"CONSULT","actors":[],"recipients":[]}]}]}"""));
        Assert.Contains("names no participant", e.Message);
        Assert.Throws<FormatException>(() => ParagraphEvaluation.Run(Pipeline.CreateDefault(), """{"items":[]}"""));
    }

    /// <summary>Floors a little under today's figures (docs/quality.md); the issue's targets are precision 0.85 and recall 0.75.</summary>
    [Fact]
    public void Event_precision_and_recall_stay_above_their_floor()
    {
        var dev = Report.Value.Score("dev", c => c.Split == "dev");
        var heldOut = Report.Value.Score("held-out", c => c.Split == "heldout");
        Assert.True(dev.Precision >= 0.74, $"dev precision {dev.Precision:P1}");
        Assert.True(dev.Recall >= 0.73, $"dev recall {dev.Recall:P1}");
        Assert.True(heldOut.Precision >= 0.48, $"held-out precision {heldOut.Precision:P1}");
        Assert.True(heldOut.Recall >= 0.48, $"held-out recall {heldOut.Recall:P1}");
        var blind2 = Report.Value.Score("blind2", c => c.Split == "blind2");
        Assert.True(blind2.Precision >= 0.45, $"blind2 precision {blind2.Precision:P1}");
        Assert.True(blind2.Recall >= 0.35, $"blind2 recall {blind2.Recall:P1}");
        var blind3 = Report.Value.Score("blind3", c => c.Split == "blind3");
        Assert.True(blind3.Precision >= 0.48, $"blind3 precision {blind3.Precision:P1}");
        Assert.True(blind3.Recall >= 0.42, $"blind3 recall {blind3.Recall:P1}");
        var blind4 = Report.Value.Score("blind4", c => c.Split == "blind4");
        Assert.True(blind4.Precision >= 0.42, $"blind4 precision {blind4.Precision:P1}");
        Assert.True(blind4.Recall >= 0.29, $"blind4 recall {blind4.Recall:P1}");
        // blind5, annotated before the recall round: 45.8 / 45.0 % before it, 56.1 / 53.3 % after
        var blind5 = Report.Value.Score("blind5", c => c.Split == "blind5");
        Assert.True(blind5.Precision >= 0.50, $"blind5 precision {blind5.Precision:P1}");
        Assert.True(blind5.Recall >= 0.48, $"blind5 recall {blind5.Recall:P1}");
        // blind6, annotated before the detection round: 39.4 / 24.5 % before it, 42.9 / 28.3 % after
        var blind6 = Report.Value.Score("blind6", c => c.Split == "blind6");
        Assert.True(blind6.Precision >= 0.38, $"blind6 precision {blind6.Precision:P1}");
        Assert.True(blind6.Recall >= 0.24, $"blind6 recall {blind6.Recall:P1}");
        // blind7, annotated before the third recall round: 34.0 / 27.4 % before it, 40.0 / 35.5 % after
        var blind7 = Report.Value.Score("blind7", c => c.Split == "blind7");
        Assert.True(blind7.Precision >= 0.37, $"blind7 precision {blind7.Precision:P1}");
        Assert.True(blind7.Recall >= 0.32, $"blind7 recall {blind7.Recall:P1}");
        // blind8, annotated before the fourth recall round: 34.0 / 29.5 % before it, 35.8 / 31.1 % after
        var blind8 = Report.Value.Score("blind8", c => c.Split == "blind8");
        Assert.True(blind8.Precision >= 0.33, $"blind8 precision {blind8.Precision:P1}");
        Assert.True(blind8.Recall >= 0.29, $"blind8 recall {blind8.Recall:P1}");
        // blind9, annotated before the fifth recall round: 34.5 / 26.8 % before it, 35.7 / 28.2 % after
        var blind9 = Report.Value.Score("blind9", c => c.Split == "blind9");
        Assert.True(blind9.Precision >= 0.33, $"blind9 precision {blind9.Precision:P1}");
        Assert.True(blind9.Recall >= 0.26, $"blind9 recall {blind9.Recall:P1}");
        // blind10, annotated before the sixth recall round: 48.0 / 35.8 % before it, unchanged after
        var blind10 = Report.Value.Score("blind10", c => c.Split == "blind10");
        Assert.True(blind10.Precision >= 0.46, $"blind10 precision {blind10.Precision:P1}");
        Assert.True(blind10.Recall >= 0.33, $"blind10 recall {blind10.Recall:P1}");
        // blind11, annotated before the sixth participants round: 47.7 / 38.3 % before it, 49.3 / 42.0 % after
        var blind11 = Report.Value.Score("blind11", c => c.Split == "blind11");
        Assert.True(blind11.Precision >= 0.47, $"blind11 precision {blind11.Precision:P1}");
        Assert.True(blind11.Recall >= 0.40, $"blind11 recall {blind11.Recall:P1}");
        // blind12, annotated before the seventh recall round: 54.1 / 41.2 % before it, unchanged after
        var blind12 = Report.Value.Score("blind12", c => c.Split == "blind12");
        Assert.True(blind12.Precision >= 0.52, $"blind12 precision {blind12.Precision:P1}");
        Assert.True(blind12.Recall >= 0.39, $"blind12 recall {blind12.Recall:P1}");
        // blind13, annotated before the seventh participants round: 42.5 / 43.1 % before it, 43.8 / 44.4 % after
        var blind13 = Report.Value.Score("blind13", c => c.Split == "blind13");
        Assert.True(blind13.Precision >= 0.41, $"blind13 precision {blind13.Precision:P1}");
        Assert.True(blind13.Recall >= 0.41, $"blind13 recall {blind13.Recall:P1}");
        // blind14, annotated before the eighth recall round: 50.0 / 38.1 % before it, unchanged after
        var blind14 = Report.Value.Score("blind14", c => c.Split == "blind14");
        Assert.True(blind14.Precision >= 0.48, $"blind14 precision {blind14.Precision:P1}");
        Assert.True(blind14.Recall >= 0.36, $"blind14 recall {blind14.Recall:P1}");
        // blind15, annotated before the eighth participants round: 50.7 / 43.2 % before it, 53.6 / 45.7 % after
        var blind15 = Report.Value.Score("blind15", c => c.Split == "blind15");
        Assert.True(blind15.Precision >= 0.51, $"blind15 precision {blind15.Precision:P1}");
        Assert.True(blind15.Recall >= 0.43, $"blind15 recall {blind15.Recall:P1}");
        // blind16, annotated before the first precision round: 41.2 / 36.8 % before it, unchanged after
        var blind16 = Report.Value.Score("blind16", c => c.Split == "blind16");
        Assert.True(blind16.Precision >= 0.39, $"blind16 precision {blind16.Precision:P1}");
        Assert.True(blind16.Recall >= 0.34, $"blind16 recall {blind16.Recall:P1}");
        // blind17, annotated before the ninth recall round: 57.4 / 42.2 % before it, unchanged after
        var blind17 = Report.Value.Score("blind17", c => c.Split == "blind17");
        Assert.True(blind17.Precision >= 0.55, $"blind17 precision {blind17.Precision:P1}");
        Assert.True(blind17.Recall >= 0.40, $"blind17 recall {blind17.Recall:P1}");
        // blind18, annotated before the ninth participants round: 34.5 / 33.7 % before it, unchanged after
        var blind18 = Report.Value.Score("blind18", c => c.Split == "blind18");
        Assert.True(blind18.Precision >= 0.32, $"blind18 precision {blind18.Precision:P1}");
        Assert.True(blind18.Recall >= 0.31, $"blind18 recall {blind18.Recall:P1}");
        // blind19, annotated before the second precision round: 38.6 / 32.4 % before it, unchanged after
        var blind19 = Report.Value.Score("blind19", c => c.Split == "blind19");
        Assert.True(blind19.Precision >= 0.36, $"blind19 precision {blind19.Precision:P1}");
        Assert.True(blind19.Recall >= 0.30, $"blind19 recall {blind19.Recall:P1}");
        // blind20, annotated before the tenth recall round: 41.4 / 30.4 % before it, 43.3 / 32.9 % after
        var blind20 = Report.Value.Score("blind20", c => c.Split == "blind20");
        Assert.True(blind20.Precision >= 0.41, $"blind20 precision {blind20.Precision:P1}");
        Assert.True(blind20.Recall >= 0.31, $"blind20 recall {blind20.Recall:P1}");
        // blind21, annotated before the eleventh participants round: 38.5 / 34.9 % before it, 39.7 / 36.0 % after
        var blind21 = Report.Value.Score("blind21", c => c.Split == "blind21");
        Assert.True(blind21.Precision >= 0.37, $"blind21 precision {blind21.Precision:P1}");
        Assert.True(blind21.Recall >= 0.33, $"blind21 recall {blind21.Recall:P1}");
        // blind22, annotated before the third precision round: 46.2 / 36.1 % before it, unchanged after
        var blind22 = Report.Value.Score("blind22", c => c.Split == "blind22");
        Assert.True(blind22.Precision >= 0.43, $"blind22 precision {blind22.Precision:P1}");
        Assert.True(blind22.Recall >= 0.33, $"blind22 recall {blind22.Recall:P1}");
        // blind23, annotated before the twelfth recall round: 42.1 / 27.3 % before it, unchanged after
        var blind23 = Report.Value.Score("blind23", c => c.Split == "blind23");
        Assert.True(blind23.Precision >= 0.39, $"blind23 precision {blind23.Precision:P1}");
        Assert.True(blind23.Recall >= 0.25, $"blind23 recall {blind23.Recall:P1}");
        // blind24, annotated before the twelfth participants round: 48.7 / 44.2 % before it, unchanged after
        var blind24 = Report.Value.Score("blind24", c => c.Split == "blind24");
        Assert.True(blind24.Precision >= 0.45, $"blind24 precision {blind24.Precision:P1}");
        Assert.True(blind24.Recall >= 0.41, $"blind24 recall {blind24.Recall:P1}");
        // blind25, annotated before the fourth precision round: 42.3 / 45.8 % before it, unchanged after
        var blind25 = Report.Value.Score("blind25", c => c.Split == "blind25");
        Assert.True(blind25.Precision >= 0.40, $"blind25 precision {blind25.Precision:P1}");
        Assert.True(blind25.Recall >= 0.43, $"blind25 recall {blind25.Recall:P1}");
        // blind26, annotated before the thirteenth recall round: 43.1 / 35.2 % before it, unchanged after
        var blind26 = Report.Value.Score("blind26", c => c.Split == "blind26");
        Assert.True(blind26.Precision >= 0.40, $"blind26 precision {blind26.Precision:P1}");
        Assert.True(blind26.Recall >= 0.33, $"blind26 recall {blind26.Recall:P1}");
        // blind27, annotated before the thirteenth participants round: 40.3 / 36.5 % before it
        var blind27 = Report.Value.Score("blind27", c => c.Split == "blind27");
        Assert.True(blind27.Precision >= 0.37, $"blind27 precision {blind27.Precision:P1}");
        Assert.True(blind27.Recall >= 0.33, $"blind27 recall {blind27.Recall:P1}");
        // blind28, annotated before the fifth precision round: 27.5 / 28.4 % before it, unchanged after
        var blind28 = Report.Value.Score("blind28", c => c.Split == "blind28");
        Assert.True(blind28.Precision >= 0.25, $"blind28 precision {blind28.Precision:P1}");
        Assert.True(blind28.Recall >= 0.26, $"blind28 recall {blind28.Recall:P1}");
        Assert.True(dev.Precision >= 0.84, $"dev precision {dev.Precision:P1} (fourth round)");
        Assert.True(dev.Status >= 0.90, $"dev status agreement {dev.Status:P1}");
    }
}
