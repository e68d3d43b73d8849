using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Stories;

namespace Parallax.Tests.Stories;

public class StoryBuilderTests
{
    static Document Doc(string id, string published, params (string Type, string? Mode, string[] Actors, string? Date, string? Duration, string? Modifier, bool Approx)[] events)
    {
        var names = events.SelectMany(e => e.Actors).Distinct().ToList();
        var entities = names.Select((n, i) => new Entity { Id = $"e{i + 1}", Name = n, Type = EntityTypes.Person, Kb = "Q" + n.GetHashCode() }).ToImmutableArray();
        string Id(string n) => entities.First(e => e.Name == n).Id;
        return new Document
        {
            Id = id.PadRight(64, '0'), Source = new SourceInfo(id, null, id), Published = DateOnly.Parse(published), Text = "", Entities = entities,
            Events = [.. events.Select((e, i) =>
            {
                var attrs = ImmutableDictionary<string, object?>.Empty;
                if (e.Duration != null) attrs = attrs.Add("duration", e.Duration);
                if (e.Modifier != null) attrs = attrs.Add("duration_modifier", e.Modifier);
                if (e.Approx) attrs = attrs.Add("duration_approx", true);
                return new Event { Id = $"v{i + 1}", Type = e.Type, Mode = e.Mode, Actors = [.. e.Actors.Select(Id)], Date = e.Date, Attributes = attrs };
            })],
        };
    }

    [Fact]
    public void Same_call_from_two_sources_is_one_story_event_with_a_compatible_duration_conflict()
    {
        var a = Doc("a", "2025-02-12", ("CONSULT", "phone", ["Vladimir Putin", "Donald Trump"], "2025-02-12", "PT1H30M", null, true));
        var b = Doc("b", "2025-02-12", ("CONSULT", null, ["Donald Trump", "Vladimir Putin"], "2025-02-12", "PT1H", "more_than", false));
        var story = Assert.Single(new StoryBuilder().Build([a, b]));
        var ev = Assert.Single(story.Events);
        Assert.Equal("phone", ev.Mode);
        Assert.Equal(2, ev.Mentions.Length);
        var c = Assert.Single(ev.Conflicts, c => c.Attribute == "duration");
        Assert.True(c.Compatible);
    }

    [Fact]
    public void An_announced_intention_does_not_merge_with_the_call_itself()
    {
        var a = Doc("a", "2025-02-12", ("CONSULT", null, ["X", "Y"], "2025-02-12", null, null, false), ("CONSULT", "phone", ["X", "Y"], "2025-02-12", "PT1H", null, false));
        a = a with { Events = [a.Events[0] with { Status = EventStatus.Intended }, a.Events[1]] };
        var b = Doc("b", "2025-02-12", ("CONSULT", "phone", ["X", "Y"], "2025-02-12", "PT1H", null, false));
        var events = Assert.Single(new StoryBuilder().Build([a, b])).Events;
        var call = Assert.Single(events, e => e.Mentions.Length == 2);
        Assert.DoesNotContain(call.Conflicts, c => c.Attribute == "status");
        Assert.Equal(2, events.Length);
    }

    [Fact]
    public void Contradictory_durations_are_flagged()
    {
        var a = Doc("a", "2025-02-12", ("CONSULT", "phone", ["X", "Y"], "2025-02-12", "PT2H", null, false));
        var b = Doc("b", "2025-02-12", ("CONSULT", "phone", ["X", "Y"], "2025-02-12", "PT30M", "less_than", false));
        var ev = Assert.Single(Assert.Single(new StoryBuilder().Build([a, b])).Events);
        Assert.False(Assert.Single(ev.Conflicts, c => c.Attribute == "duration").Compatible);
    }

    [Fact]
    public void Unrelated_documents_make_separate_stories()
    {
        var a = Doc("a", "2025-02-12", ("CONSULT", "phone", ["X", "Y"], "2025-02-12", null, null, false));
        var b = Doc("b", "2025-02-12", ("ASSAULT", null, ["P", "Q"], "2025-02-12", null, null, false));
        var far = Doc("c", "2025-06-01", ("CONSULT", "phone", ["X", "Y"], "2025-06-01", null, null, false));
        Assert.Equal(3, new StoryBuilder().Build([a, b, far]).Count);
    }

    [Theory]
    [InlineData("PT1H30M", 90)]
    [InlineData("PT45M", 45)]
    [InlineData("P2D", 2880)]
    [InlineData("PT1.5H", 90)]
    public void Durations_in_minutes(string iso, double minutes)
    {
        Assert.True(StoryBuilder.TryMinutes(iso, out var m));
        Assert.Equal(minutes, m, 3);
    }
}
