using System.Text;
using Parallax.Input;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

/// <summary>The seeds (Kremlin/TASS relay and CNN translation of the 12 February 2025 calls) as one story.</summary>
public class StorySeedTests
{
    static readonly Lazy<IReadOnlyList<Document>> Seeds = new(() =>
        new[] { "000_1d539379fdf0f311.txt", "001_f801113880f7a629.txt" }.Select(f => Pipeline.CreateDefault().Process(new RawInput
        {
            Bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", f)),
            Path = f, ContentType = "text/plain", Published = new DateOnly(2025, 2, 12), SourceName = f[..3],
        })).ToList());

    static bool Has(StoryEvent e, params string[] names) => names.All(n => e.Actors.Contains(n) || e.Targets.Contains(n));

    [Fact]
    public void Both_seed_pages_form_one_story_with_the_Putin_call_merged_and_its_durations_compatible()
    {
        var story = Assert.Single(new StoryBuilder().Build(Seeds.Value));
        Assert.Equal(2, story.Documents.Length);
        Assert.DoesNotContain(story.Members, m => m.NearDuplicateOf != null);   // a relay of TASS and a translation of CNN: two accounts
        var call = Assert.Single(story.Events, e => e.Type == "CONSULT" && e.Mode == "phone" && e.Date == "2025-02-12" && e.Status == "occurred"
            && Has(e, "Vladimir Putin", "Donald Trump") && e.Mentions.Select(m => m.Document).Distinct().Count() == 2);
        var duration = Assert.Single(call.Conflicts, c => c.Attribute == "duration");
        Assert.True(duration.Compatible);
        Assert.Contains(duration.Values, v => v.Value == "PT1H30M" && v.Text!.Contains("heure et demie") && v.Span is { } s && !s.IsEmpty);
        Assert.Contains(duration.Values, v => v.Value == "PT1H" && v.Text!.Contains("plus d"));
        Assert.Contains(call.Agreements, a => a.Attribute == "date" && a.Value == "2025-02-12");
        Assert.Contains(call.Conflicts.Concat<object>(call.Agreements), x => x is ClaimConflict { Attribute: "reported_by" } or ClaimAgreement { Attribute: "reported_by" });
        Assert.Equal("occurred", call.Status);
    }

    [Fact]
    public void The_Zelensky_call_is_merged_too_and_past_calls_keep_their_own_dates()
    {
        var story = Assert.Single(new StoryBuilder().Build(Seeds.Value));
        Assert.Contains(story.Events, e => e.Type == "CONSULT" && e.Date == "2025-02-12" && Has(e, "Volodymyr Zelenskyy", "Donald Trump")
            && e.Mentions.Select(m => m.Document).Distinct().Count() == 2);
        // the 2020 call is in the story's timeline at its own date, as an earlier event
        var past = Assert.Single(story.Events, e => e.Date == "2020-07-23");
        Assert.True(past.Background);
        Assert.DoesNotContain(story.Events, e => e.Background && e.Date == "2025-02-12");
        var dates = story.Events.Select(e => e.Date ?? "9999").ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        // no merged event mixes different days
        foreach (var e in story.Events)
            Assert.True(e.Mentions.Select(m => Seeds.Value.First(d => d.Id == m.Document).Events.First(x => x.Id == m.Event).Date)
                .Where(d => d is { Length: 10 }).Distinct().Count() <= 1, $"{e.Type} {e.Date}");
    }
}
