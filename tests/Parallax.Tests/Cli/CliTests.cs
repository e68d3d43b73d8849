using System.Text.Json;

namespace Parallax.Tests.Cli;

public class CliTests
{
    static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);
    const string Seed0 = "000_1d539379fdf0f311.txt";
    const string Seed1 = "001_f801113880f7a629.txt";

    [Fact]
    public void Extract_json_prints_one_contract_record_per_document()
    {
        var r = CliRunner.Run("extract", "--json", "--published", "2025-02-12", "--source", "portailinfo", Sample(Seed0), Sample(Seed1));
        Assert.Equal(0, r.Exit);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        foreach (var line in lines)
        {
            using var doc = JsonDocument.Parse(line);
            var o = doc.RootElement;
            foreach (var field in new[] { "id", "source", "language", "published", "title", "text", "paragraphs", "sentences", "entities", "times", "quotes", "events" })
                Assert.True(o.TryGetProperty(field, out _), $"missing field {field}");
            Assert.Equal("2025-02-12", o.GetProperty("published").GetString());
            Assert.Equal("portailinfo", o.GetProperty("source").GetProperty("name").GetString());
            Assert.Equal(64, o.GetProperty("id").GetString()!.Length);
        }
    }

    [Fact]
    public void Bad_inputs_give_one_line_errors_and_the_rest_is_ingested()
    {
        using var tmp = new TempDir();
        File.WriteAllBytes(tmp.File("empty.txt"), []);
        File.WriteAllBytes(tmp.File("binary.bin"), [0, 1, 2, 0, 255, 0, 3, 0, 0, 7, 0, 0]);
        File.Copy(Sample(Seed0), tmp.File("good.txt"));
        var db = tmp.File("store.db");
        var r = CliRunner.Run("--db", db, "ingest", "-q", "--published", "2025-02-12", tmp.File("missing.txt"), tmp.File("empty.txt"), tmp.File("binary.bin"), tmp.File("good.txt"));
        var errors = r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(errors, l => l.StartsWith("parallax: ") && l.Contains("missing.txt"));
        Assert.Contains(errors, l => l.Contains("empty.txt"));
        Assert.Contains(errors, l => l.Contains("binary.bin"));
        Assert.Equal(3, errors.Length);
        var events = CliRunner.Run("--db", db, "events", "--json");
        Assert.Equal(0, events.Exit);
        Assert.NotEmpty(events.Out.Trim());
    }

    [Fact]
    public void Ingest_is_idempotent_and_reads_stdin()
    {
        using var tmp = new TempDir();
        var db = tmp.File("store.db");
        Assert.Equal(0, CliRunner.Run("--db", db, "ingest", "--published", "2025-02-12", Sample(Seed0)).Exit);
        var again = CliRunner.RunWithInput(File.ReadAllText(Sample(Seed0)), "--db", db, "ingest", "--published", "2025-02-12", "-");
        Assert.Equal(0, again.Exit);
        Assert.Contains("0 new document(s), 1 already stored", again.Err);
        var export = CliRunner.Run("--db", db, "export", "--format", "jsonl");
        Assert.Single(export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Demo_shows_both_calls_of_12_February_2025_and_a_story()
    {
        using var tmp = new TempDir();
        var r = CliRunner.Run("--db", tmp.File("demo.db"), "demo");
        Assert.Equal(0, r.Exit);
        Assert.Contains("CONSULT", r.Out);
        Assert.Contains("Stories", r.Out);
        var events = CliRunner.Run("--db", tmp.File("demo.db"), "events", "--type", "CONSULT", "--from", "2025-02-12", "--to", "2025-02-12", "--json");
        var rows = events.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        bool Has(params string[] names) => rows.Any(row => names.All(n => row.GetRawText().Contains(n)));
        Assert.True(Has("Vladimir Putin", "Donald Trump", "phone"), "Trump–Putin call");
        Assert.True(Has("Volodymyr Zelenskyy", "Donald Trump", "phone"), "Trump–Zelensky call");
        var stories = CliRunner.Run("--db", tmp.File("demo.db"), "stories", "--json");
        Assert.Equal(0, stories.Exit);
        Assert.Contains(stories.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => JsonDocument.Parse(l).RootElement.GetProperty("documents").GetArrayLength() == 2);
    }

    [Fact]
    public void Query_errors_are_one_line()
    {
        using var tmp = new TempDir();
        var r = CliRunner.Run("--db", tmp.File("none.db"), "events");
        Assert.NotEqual(0, r.Exit);
        Assert.Single(r.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var bad = CliRunner.Run("extract", "--published", "12/02/2025", Sample(Seed0));
        Assert.Equal(2, bad.Exit);
        Assert.Contains("--published", bad.Err);
    }

    [Fact]
    public void Eval_seeds_prints_the_table()
    {
        var r = CliRunner.Run("eval", "seeds");
        Assert.Equal(0, r.Exit);
        foreach (var stage in new[] { "extraction", "entities", "times", "quotes", "events" }) Assert.Contains(stage, r.Out);
    }

    [Fact]
    public void Eval_extraction_scores_a_benchmark_folder()
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "testdata", "extraction", "benchmark");
        using var tmp = new TempDir();
        var predictions = tmp.File("predictions.json");
        var r = CliRunner.Run("eval", "extraction", dir, "--limit", "3", "--runs", "1", "--warmup", "0", "--predictions", predictions);
        Assert.Equal(0, r.Exit);
        Assert.Contains("F1", r.Out);
        Assert.Contains("accuracy", r.Out);
        Assert.Contains("pages/s", r.Out);
        Assert.Contains("SmartReader", r.Out);
        using (var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(predictions)))
        {
            Assert.Equal(3, json.RootElement.EnumerateObject().Count());
            Assert.All(json.RootElement.EnumerateObject(), p => Assert.False(string.IsNullOrWhiteSpace(p.Value.GetProperty("articleBody").GetString())));
        }
        var alone = CliRunner.Run("eval", "extraction", dir, "--limit", "2", "--runs", "1", "--warmup", "0", "--no-baseline");
        Assert.Equal(0, alone.Exit);
        Assert.DoesNotContain("SmartReader", alone.Out);
        var missing = CliRunner.Run("eval", "extraction", "/no/such/folder");
        Assert.Equal(2, missing.Exit);
        Assert.Contains("no such folder", missing.Err);
    }
}

public class StoryCliTests
{
    [Fact]
    public void Demo_store_has_one_story_a_side_by_side_view_and_a_timeline_with_past_calls_at_their_dates()
    {
        using var tmp = new TempDir();
        var db = tmp.File("demo.db");
        Assert.Equal(0, CliRunner.Run("--db", db, "demo").Exit);
        var list = CliRunner.Run("--db", db, "stories", "--json");
        var line = Assert.Single(list.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var story = Parallax.Storage.RecordJson.DeserializeStory(line);
        Assert.Equal(2, story.Members.Length);
        var view = CliRunner.Run("--db", db, "story", story.Id);
        Assert.Equal(0, view.Exit);
        Assert.Contains("compatible", view.Out);
        Assert.Contains("duration", view.Out);
        var timeline = CliRunner.Run("--db", db, "timeline", "--actor", "Poutine", "--json");
        Assert.Equal(0, timeline.Exit);
        var dates = timeline.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("date").GetString()).ToList();
        Assert.Contains("2020-07-23", dates);
        Assert.Contains("2025-02-12", dates);
        // dated events in date order; events the texts give no date (an intention, an unconfirmed report) after them
        var dated = dates.TakeWhile(d => d != null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
        var window = CliRunner.Run("--db", db, "timeline", "--actor", "Putin", "--from", "2025-02", "--to", "2025-02");
        Assert.Equal(0, window.Exit);
        Assert.DoesNotContain("2020-07-23", window.Out);
        Assert.Equal(2, CliRunner.Run("--db", db, "timeline", "--actor", "Putin", "--from", "02/2025").Exit);
        Assert.Equal(2, CliRunner.Run("--db", db, "story", "nope").Exit);
        var rebuilt = CliRunner.Run("--db", db, "stories", "--rebuild", "--json");
        Assert.Equal(0, rebuilt.Exit);
        Assert.Equal(story.Id, Parallax.Storage.RecordJson.DeserializeStory(rebuilt.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Single()).Id);
    }

    [Fact]
    public void Eval_stories_reports_bcubed_scores_and_rejects_a_missing_corpus()
    {
        var r = CliRunner.Run("eval", "stories", Path.Combine(AppContext.BaseDirectory, "testdata", "stories"));
        Assert.Equal(0, r.Exit);
        Assert.Contains("B-cubed F1", r.Out);
        Assert.Contains("near-duplicate precision", r.Out);
        Assert.Equal(2, CliRunner.Run("eval", "stories", "/no/such/corpus").Exit);
    }
}
