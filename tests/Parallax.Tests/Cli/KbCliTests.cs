using System.Text.Json;
using Parallax.Entities;

namespace Parallax.Tests.Cli;

/// <summary><c>parallax kb import / show / search</c> through the real executable.</summary>
public class KbCliTests
{
    static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "testdata", "kb", name);

    static CliRunner.Result Kb(string? userKb, params string[] args) =>
        CliRunner.RunWithEnv(new Dictionary<string, string?> { [KnowledgeBase.UserDirVariable] = userKb ?? "none" }, null, ["kb", .. args]);

    [Fact]
    public void Import_then_show_and_search_use_the_user_kb()
    {
        using var tmp = new TempDir();
        var kb = tmp.File("kb");
        var import = Kb(null, "import", Sample("sample.json.bz2"), "--out", kb);
        Assert.Equal(1, import.Exit); // the malformed line
        Assert.Contains("parallax: sample.json.bz2: line 14: malformed entity", import.Err);
        Assert.Contains("imported 4 people, 3 organisations, 3 countries, 2 places and 3 roles", import.Err);
        Assert.Empty(import.Out);

        var show = Kb(kb, "show", "Merkel");
        Assert.Equal(0, show.Exit);
        Assert.Contains("Angela Merkel", show.Out);
        Assert.Contains("Q567", show.Out);
        Assert.Contains("Germany (DEU)", show.Out);
        Assert.Contains("chancellor", show.Out);
        Assert.Contains("2021-12-08", show.Out);

        var belgium = Kb(kb, "show", "Q31", "--json");
        Assert.Equal(0, belgium.Exit);
        using (var doc = JsonDocument.Parse(belgium.Out))
        {
            var o = doc.RootElement;
            Assert.Equal("Belgium", o.GetProperty("name").GetString());
            Assert.Equal("BEL", o.GetProperty("country").GetString());
            Assert.Equal("user", o.GetProperty("source").GetString());
            var holder = o.GetProperty("holders").EnumerateArray().Single(h => h.GetProperty("qid").GetString() == "Q900000002");
            Assert.Equal(("Maxime Verhaegen", "Q900000002", "prime minister", "2020-10-01", "2025-02-03"),
                (holder.GetProperty("person").GetString(), holder.GetProperty("qid").GetString(), holder.GetProperty("office").GetString(),
                 holder.GetProperty("start").GetString(), holder.GetProperty("end").GetString()));
        }

        var search = Kb(kb, "search", "VERHAE", "--json");
        Assert.Equal(0, search.Exit);
        var line = Assert.Single(search.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        using (var doc = JsonDocument.Parse(line)) Assert.Equal("Q900000002", doc.RootElement.GetProperty("qid").GetString());

        // without the user KB, the imported entities are unknown
        Assert.Equal(2, Kb(null, "show", "Maxime Verhaegen").Exit);

        // the same import again, from standard input, changes nothing
        var before = File.ReadAllText(Path.Combine(kb, KbFiles.People));
        var again = CliRunner.RunWithEnv(new Dictionary<string, string?> { [KnowledgeBase.UserDirVariable] = kb }, File.ReadAllText(Sample("sample.json")), "kb", "import", "-");
        Assert.Equal(1, again.Exit);
        Assert.Contains("parallax: standard input: line 14: malformed entity", again.Err);
        Assert.Contains($"into {kb} ", again.Err); // the default folder is $PARALLAX_KB
        Assert.Equal(before, File.ReadAllText(Path.Combine(kb, KbFiles.People)));
    }

    [Fact]
    public void Show_an_office_lists_its_holders_and_search_ignores_accents()
    {
        var office = Kb(null, "show", "président", "--json");
        Assert.Equal(0, office.Exit);
        // "président" names two offices (executive and ceremonial presidents): one JSON line each
        var lines = office.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.Contains("\"office\":\"non-executive president\""));
        using (var doc = JsonDocument.Parse(lines.Single(l => l.Contains("\"office\":\"president\""))))
        {
            Assert.Equal("president", doc.RootElement.GetProperty("office").GetString());
            Assert.True(doc.RootElement.GetProperty("head_of_state_or_government").GetBoolean());
            Assert.Contains(doc.RootElement.GetProperty("holders").EnumerateArray(),
                h => h.GetProperty("person").GetString() == "Donald Trump" && h.GetProperty("of").GetString() == "USA" && h.GetProperty("end").ValueKind == JsonValueKind.Null);
        }
        var putin = Kb(null, "show", "Poutine");
        Assert.Equal(0, putin.Exit);
        Assert.Contains("Vladimir Putin", putin.Out);
        Assert.Contains("2012-05-07", putin.Out);
        var search = Kb(null, "search", "etats-UNIS", "--limit", "3");
        Assert.Equal(0, search.Exit);
        Assert.Contains("United States", search.Out);
        Assert.Contains("Q30", search.Out);
    }

    [Fact]
    public void Mistakes_are_one_line_errors()
    {
        using var tmp = new TempDir();
        var missing = Kb(null, "import", tmp.File("latest-all.json.bz2"), "--out", tmp.File("kb"));
        Assert.Equal(1, missing.Exit);
        Assert.Equal($"parallax: {tmp.File("latest-all.json.bz2")}: no such file", missing.Err.Trim());
        var types = Kb(null, "import", Sample("sample.json"), "--types", "person,planet", "--out", tmp.File("kb"));
        Assert.Equal(2, types.Exit);
        Assert.Equal("parallax: --types: unknown type 'planet' (person, organization, location, country, city)", types.Err.Trim());
        var ids = Kb(null, "import", Sample("sample.json"), "--ids", "Q1,Douglas", "--out", tmp.File("kb"));
        Assert.Equal(2, ids.Exit);
        Assert.StartsWith("parallax: --ids: ", ids.Err);
        var none = Kb(null, "show", "Ruritania");
        Assert.Equal(2, none.Exit);
        Assert.Equal("parallax: no entity or office 'Ruritania' in the knowledge base", none.Err.Trim());
        Assert.False(Directory.Exists(tmp.File("kb")));
    }
}
