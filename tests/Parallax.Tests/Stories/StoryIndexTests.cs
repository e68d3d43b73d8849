using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Storage;
using Parallax.Stories;
using Parallax.Tests.Cli;

namespace Parallax.Tests.Stories;

public class StoryIndexTests
{
    static readonly Dictionary<string, string> Kb = new() { ["Putin"] = "Q7747", ["Trump"] = "Q22686", ["Macron"] = "Q3052772", ["Scholz"] = "Q61053" };

    /// <summary>A document about a meeting of two people on a day, with some text.</summary>
    static Document Doc(string id, string published, string lang, string a, string b, string? date, string text, string type = "CONSULT", string source = "src")
    {
        var ents = ImmutableArray.Create(
            new Entity { Id = "e1", Name = a, Type = EntityTypes.Person, Kb = Kb.GetValueOrDefault(a), Mentions = [new Mention(0, a.Length, a)] },
            new Entity { Id = "e2", Name = b, Type = EntityTypes.Person, Kb = Kb.GetValueOrDefault(b), Mentions = [new Mention(a.Length + 5, a.Length + 5 + b.Length, b)] });
        return new Document
        {
            Id = id.PadRight(64, '0'), Source = new SourceInfo(id, null, source), Language = lang, Published = DateOnly.Parse(published),
            Title = $"{a} and {b}", Text = text, Entities = ents,
            Events = [new Event { Id = "v1", Type = type, Mode = "phone", Actors = ["e1", "e2"], Date = date, Evidence = [new TextSpan(0, text.Length)] }],
        };
    }

    const string Call = "Putin and Trump spoke by phone on Wednesday about the war, the Kremlin said, in a call that lasted ninety minutes.";
    const string CallFr = "Poutine et Trump se sont parlé au téléphone mercredi de la guerre, a indiqué le Kremlin, pendant quatre-vingt-dix minutes.";
    const string Later = "Putin and Trump held another call on Tuesday on energy strikes and a partial truce.";

    [Fact]
    public void Same_event_across_languages_joins_and_the_same_leaders_a_month_later_start_a_new_story()
    {
        var index = new StoryIndex();
        var a = index.Add("a", StorySignature.Of(Doc("a", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call), StoryOptions.Default));
        var b = index.Add("b", StorySignature.Of(Doc("b", "2025-02-12", "fr", "Putin", "Trump", "2025-02-12", CallFr), StoryOptions.Default));
        var c = index.Add("c", StorySignature.Of(Doc("c", "2025-03-18", "en", "Putin", "Trump", "2025-03-18", Later), StoryOptions.Default));
        Assert.True(a.NewStory);
        Assert.False(b.NewStory);
        Assert.Equal(a.Story, b.Story);
        Assert.True(b.Score >= StoryOptions.Default.JoinThreshold);
        Assert.True(c.NewStory);
    }

    [Fact]
    public void Same_leaders_same_week_different_dated_events_stay_apart()
    {
        var index = new StoryIndex();
        var a = index.Add("a", StorySignature.Of(Doc("a", "2025-02-12", "en", "Macron", "Scholz", "2025-02-10", "Macron met Scholz in Berlin on Monday to discuss defence spending and the budget."), StoryOptions.Default));
        var b = index.Add("b", StorySignature.Of(Doc("b", "2025-02-14", "en", "Macron", "Scholz", "2025-02-14", "Scholz called Macron on Friday about the tariffs announced by Washington on steel.", type: "CONSULT"), StoryOptions.Default));
        Assert.NotEqual(a.Story, b.Story);
    }

    [Fact]
    public void A_wire_copy_is_a_near_duplicate_and_an_independent_report_is_not()
    {
        var index = new StoryIndex();
        var orig = index.Add("a", StorySignature.Of(Doc("a", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call, source: "Reuters"), StoryOptions.Default));
        var copy = index.Add("b", StorySignature.Of(Doc("b", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call + " Reuters reported.", source: "Yahoo"), StoryOptions.Default));
        var other = index.Add("c", StorySignature.Of(Doc("c", "2025-02-12", "en", "Putin", "Trump", "2025-02-12",
            "Trump told reporters in the Oval Office that his talk with Putin went very well and that a summit could follow soon."), StoryOptions.Default));
        Assert.Equal("a", copy.NearDuplicateOf);
        Assert.Equal(orig.Story, copy.Story);
        Assert.Null(other.NearDuplicateOf);
        Assert.Equal(orig.Story, other.Story);
    }

    [Fact]
    public void Memory_is_bounded_by_the_active_window()
    {
        var index = new StoryIndex();
        var day = new DateOnly(2025, 1, 1);
        for (int i = 0; i < 10_000; i++)
        {
            var d = day.AddDays(i / 100);
            index.Add($"d{i}", StorySignature.Of(Doc($"d{i}", d.ToString("yyyy-MM-dd"), "en", "Putin", "Trump", d.ToString("yyyy-MM-dd"), Call + " " + i), StoryOptions.Default));
        }
        // 100 days of documents, but only the last few days' stories stay in memory
        Assert.True(index.ActiveStories <= StoryOptions.Default.MaxDaysApart + 6, $"{index.ActiveStories} active stories");
    }

    [Fact]
    public void Assign_is_incremental_over_the_store_and_a_rebuild_gives_the_same_stories()
    {
        using var tmp = new TempDir();
        var path = tmp.File("s.db");
        var a = Doc("a", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call, source: "Reuters");
        var b = Doc("b", "2025-02-12", "fr", "Putin", "Trump", "2025-02-12", CallFr, source: "Le Monde");
        var c = Doc("c", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call + " Reuters reported.", source: "Yahoo");
        using (var store = SqliteDocumentStore.Open(path))
        {
            store.AddDocuments([a]);
            var first = new StoryIndex().Assign(store, [a]);
            Assert.True(Assert.Single(first).NewStory);
        }
        using (var store = SqliteDocumentStore.Open(path))
        {
            // a new process: the index reloads the active window from the stored assignments
            store.AddDocuments([b, c]);
            var index = new StoryIndex();
            var placed = index.Assign(store, [b, c]);
            Assert.Equal(2, placed.Count);
            Assert.All(placed, p => Assert.False(p.NewStory));
            Assert.Empty(index.Assign(store, [a, b]));   // already assigned: nothing to do
            var story = Assert.Single(store.GetStories());
            Assert.Equal(3, story.Documents.Length);
            Assert.Equal(a.Id, story.Members.Single(m => m.Document == c.Id).NearDuplicateOf);
            Assert.Equal("Yahoo", story.Members.Single(m => m.Document == c.Id).Source);
            var call = Assert.Single(story.Events);
            Assert.Equal(3, call.Mentions.Length);
            Assert.Equal(3, store.StreamStoryAssignments().Count());
            Assert.Empty(store.StreamStoryAssignments(new DateOnly(2025, 3, 1)));

            Assert.Equal(3, StoryIndex.Rebuild(store));
            var rebuilt = Assert.Single(store.GetStories());
            Assert.Equal(story.Id, rebuilt.Id);
            Assert.Equal(story.Documents.Order(), rebuilt.Documents.Order());
            Assert.Equal(3, store.StreamStoryAssignments().Count());
            store.ReplaceStories([]);
            Assert.Empty(store.StreamStoryAssignments());
        }
    }

    [Fact]
    public void A_large_story_keeps_its_membership_current_and_is_recomposed_at_growth_steps_and_on_flush()
    {
        using var tmp = new TempDir();
        using var store = SqliteDocumentStore.Open(tmp.File("s.db"));
        var options = StoryOptions.Default with { RecomposeAlwaysUpTo = 4, RecomposeGrowth = 2 };
        var index = new StoryIndex(options);
        var docs = Enumerable.Range(0, 12).Select(i => Doc($"d{i:00}", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call + " Update " + i + ".")).ToList();
        int seen = 0;
        foreach (var d in docs)
        {
            store.AddDocuments([d]);
            index.Assign(store, [d]);
            seen++;
            var story = Assert.Single(store.GetStories());
            // membership is always current; the merged call counts the documents composed so far
            Assert.Equal(seen, story.Documents.Length);
            Assert.Equal(seen, story.Members.Length);
            int mentions = Assert.Single(story.Events).Mentions.Length;
            if (seen <= 4 || seen == 8) Assert.Equal(seen, mentions);
            else Assert.True(mentions < seen, $"{seen} documents, call composed from {mentions}");
        }
        Assert.Equal(1, index.StaleStories);
        Assert.Equal(1, index.Flush(store));
        Assert.Equal(0, index.StaleStories);
        Assert.Equal(12, Assert.Single(Assert.Single(store.GetStories()).Events).Mentions.Length);
        Assert.Equal(0, index.Flush(store));
    }

    [Fact]
    public void Members_held_for_recomposing_give_the_same_stories_as_reading_them_from_the_store()
    {
        using var tmp = new TempDir();
        string Run(string name, int cache, out int cached)
        {
            using var store = SqliteDocumentStore.Open(tmp.File(name));
            var index = new StoryIndex(StoryOptions.Default with { RecomposeAlwaysUpTo = 6, RecomposeGrowth = 2, ComposeCacheDocuments = cache });
            // two stories growing batch by batch: each batch recomposes them from their stored members
            for (int b = 0; b < 5; b++)
            {
                var batch = new[]
                {
                    Doc($"c{b}", "2025-02-12", "en", "Putin", "Trump", "2025-02-12", Call + " Update " + b + "."),
                    Doc($"m{b}", "2025-02-12", "fr", "Macron", "Scholz", "2025-02-11", "Macron et Scholz se sont rencontrés mardi à Berlin, note " + b + ".", "MEET"),
                };
                store.AddDocuments(batch);
                index.Assign(store, batch);
            }
            index.Flush(store);
            cached = index.CachedDocuments;
            return string.Join("\n", store.GetStories().OrderBy(s => s.Id, StringComparer.Ordinal).Select(s => System.Text.Json.JsonSerializer.Serialize(s)));
        }
        var withCache = Run("a.db", 4096, out int held);
        var without = Run("b.db", 0, out int none);
        Assert.Equal(without, withCache);
        Assert.True(held > 0, "stored members are held for the next composition");
        Assert.Equal(0, none);
        // bounded: with room for three documents, no more are held
        Run("c.db", 3, out int bounded);
        Assert.Equal(3, bounded);
    }

    [Fact]
    public void SaveStories_replaces_a_story_in_place_and_appends_new_ones()
    {
        using var tmp = new TempDir();
        using var store = SqliteDocumentStore.Open(tmp.File("s.db"));
        store.SaveStories([new Story { Id = "s1", Title = "one", Documents = ["d1"] }, new Story { Id = "s2", Title = "two", Documents = ["d2"] }],
            [new StoryAssignment("d1", "s1", new DateOnly(2025, 2, 12), null, null, "{}"), new StoryAssignment("d2", "s2", null, null, null, "{}")]);
        store.SaveStories([new Story { Id = "s1", Title = "one+", Documents = ["d1", "d3"] }],
            [new StoryAssignment("d3", "s1", new DateOnly(2025, 2, 13), "d1", 0.9, "{}")]);
        Assert.Equal(["s1", "s2"], store.GetStories().Select(s => s.Id));
        Assert.Equal("one+", store.GetStory("s1")!.Title);
        Assert.Equal("s1", Assert.Single(store.GetStoriesOfDocument("d3")).Id);
        var rows = store.StreamStoryAssignments().ToList();
        Assert.Equal(["d1", "d2", "d3"], rows.Select(r => r.Document));
        Assert.Equal("d1", rows[2].NearDuplicateOf);
        Assert.Equal(0.9, rows[2].Score);
        // undated documents are always in the window
        Assert.Equal(["d2", "d3"], store.StreamStoryAssignments(new DateOnly(2025, 2, 13)).Select(r => r.Document));
        Assert.Throws<ArgumentException>(() => store.SaveStories([new Story { Id = "x", Title = "" }, new Story { Id = "x", Title = "" }], []));
    }
}
