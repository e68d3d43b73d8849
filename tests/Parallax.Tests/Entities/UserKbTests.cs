using System.Text;
using Parallax.Entities;
using Parallax.Input;
using Parallax.Model;
using Parallax.Tests.Cli;

namespace Parallax.Tests.Entities;

/// <summary>A user KB folder loaded over the bundled knowledge base.</summary>
public class UserKbTests
{
    static Document Analyse(KnowledgeBase kb, string body, string published = "2023-03-01") =>
        Pipeline.CreateDefault().With(new EntityStage(kb)).Process(new RawInput
        {
            Bytes = Encoding.UTF8.GetBytes("Article\n\n" + body + "\n"),
            Path = "test.txt",
            ContentType = "text/plain",
            Published = DateOnly.Parse(published),
            SourceName = "test",
        });

    static string Folder(TempDir tmp, params (string File, string Text)[] files)
    {
        foreach (var (file, text) in files) File.WriteAllText(Path.Combine(tmp.Path, file), text);
        return tmp.Path;
    }

    [Fact]
    public void An_imported_kb_links_people_places_and_roles_in_the_entity_stage()
    {
        using var tmp = new TempDir();
        KbImportTests.Import(KbImportTests.Sample(), tmp.Path);
        var kb = KnowledgeBase.Load(tmp.Path);
        const string text = "Angela Merkel a rencontré Maxime Verhaegen à Anvers. Verhaegen a salué l'Agence Belge de Presse.";

        var before = Analyse(KnowledgeBase.Load(), text);
        Assert.DoesNotContain(before.Entities, e => e.Kb == "Q900000002"); // the made-up prime minister is unknown to the bundled KB

        var after = Analyse(kb, text);
        var merkel = after.Entities.Single(e => e.Kb == "Q567");
        Assert.Equal(("Angela Merkel", EntityTypes.Person, "DEU"), (merkel.Name, merkel.Type, merkel.Country));
        var verhaegen = after.Entities.Single(e => e.Kb == "Q900000002");
        Assert.Equal(2, verhaegen.Mentions.Length);
        Assert.Contains(after.Entities, e => e.Kb == "Q12892" && e.Name == "Antwerp" && e.Type == EntityTypes.Location);
        Assert.Contains(after.Entities, e => e.Kb == "Q900000010" && e.Type == EntityTypes.Organization);

        // an imported role resolves a description at the publication date
        var pm2023 = Analyse(kb, "Le Premier ministre belge a démissionné.", "2023-03-01");
        Assert.Contains(pm2023.Entities, e => e.Kb == "Q900000002");
        var pm2025 = Analyse(kb, "Le Premier ministre belge a démissionné.", "2025-06-01");
        Assert.DoesNotContain(pm2025.Entities, e => e.Kb == "Q900000002");
        Assert.Equal("Maxime Verhaegen", kb.LeaderOf("BEL", new DateOnly(2023, 3, 1))?.Name);
    }

    [Fact]
    public void A_user_entry_replaces_the_bundled_one_with_its_id_or_name()
    {
        using var tmp = new TempDir();
        var kb = KnowledgeBase.Load(Folder(tmp,
            (KbFiles.People,
                "# same id, another name: the bundled name becomes an alias, the bundled roles follow\n" +
                "Q7747\tVladimir Vladimirovich Putin\tRUS\tV. V. Putin\tm\n" +
                "# same name, no id in the bundled KB: the same person, bundled aliases kept\n" +
                "\tFrançois Bayrou\tFRA\tF. Bayrou\tm\n" +
                "# same name, another id: another person; the bundled one goes, with his roles\n" +
                "Q900000099\tMarco Rubio\tUSA\t\tm\n"),
            (KbFiles.Roles, "Keir Starmer\tprime minister\tGBR\t2024-07-05\t2025-01-01\n")));
        Assert.Empty(kb.Warnings);
        Assert.NotNull(kb.UserDir);

        var putin = kb.GetByQid("Q7747")!;
        Assert.Equal(("Vladimir Vladimirovich Putin", "user"), (putin.Name, putin.Source));
        Assert.Null(kb.Get("Vladimir Putin"));
        Assert.Contains("Vladimir Putin", putin.Aliases);
        Assert.Contains("Poutine", putin.Aliases);
        Assert.Contains("V. V. Putin", putin.Aliases);
        Assert.Equal(putin, kb.LeaderOf("RUS", new DateOnly(2025, 2, 12)));
        Assert.True(kb.IsLeader(putin));

        var bayrou = kb.Get("François Bayrou")!;
        Assert.Equal("user", bayrou.Source);
        Assert.Contains("Bayrou", bayrou.Aliases);
        Assert.Equal(bayrou, kb.HolderOf("prime minister", "FRA", new DateOnly(2025, 2, 12)));

        var rubio = kb.Get("Marco Rubio")!;
        Assert.Equal("Q900000099", rubio.Qid);
        Assert.Null(kb.GetByQid("Q324546"));
        Assert.DoesNotContain("Rubio", rubio.Aliases);
        Assert.Empty(kb.RolesOf("Marco Rubio"));

        // a user role replaces the bundled role of the same person, office and country
        Assert.Equal("Keir Starmer", kb.HolderOf("prime minister", "GBR", new DateOnly(2024, 12, 1))?.Name);
        Assert.Null(kb.HolderOf("prime minister", "GBR", new DateOnly(2025, 6, 1)));

        // the entity stage uses the replaced entries
        var d = Analyse(kb, "Vladimir Poutine a appelé Donald Trump.", "2025-02-12");
        Assert.Equal("Vladimir Vladimirovich Putin", d.Entities.Single(e => e.Kb == "Q7747").Name);
    }

    [Fact]
    public void Malformed_user_rows_are_skipped_with_a_warning_naming_file_and_line()
    {
        using var tmp = new TempDir();
        var kb = KnowledgeBase.Load(Folder(tmp,
            (KbFiles.People, "X12\tNobody\t\t\t\nQ900000001\tJane Roe\tFrance\t\tf\nQ900000002\tJohn Roe\tGBR\t\tm\nQ900000002\tJohn Roe Again\tGBR\t\tm\n\tJohn Roe\tUSA\t\tm\n"),
            (KbFiles.Roles, "Nobody\tpresident\tFRA\t2020-01-01\t\nJohn Roe\tpresident\tGBR\t2020-13-01\t\nJohn Roe\tspokesperson\tGBR\t2020-01-01\t\n")));
        var people = Path.Combine(tmp.Path, KbFiles.People);
        var roles = Path.Combine(tmp.Path, KbFiles.Roles);
        Assert.Equal(
        [
            $"{people}:1: 'X12' is not a Wikidata id (Q followed by digits)",
            $"{people}:2: 'France' is not an ISO 3166-1 alpha-3 country code",
            $"{people}:4: 'John Roe Again' (Q900000002) is already in the user KB; skipped",
            $"{people}:5: 'John Roe' (no id) is already in the user KB; skipped",
            $"{roles}:1: unknown person 'Nobody'; skipped",
            $"{roles}:2: '2020-13-01' is not a date in the form yyyy-MM-dd (or yyyy-MM when only the month is known)",
        ], kb.Warnings);
        Assert.Equal("GBR", kb.Get("John Roe")?.Country);
        Assert.Single(kb.RolesOf("John Roe"));
        Assert.NotNull(kb.Get("Vladimir Putin")); // the bundled KB is all there
    }

    [Fact]
    public void Without_a_user_folder_the_kb_is_the_bundled_one()
    {
        using var tmp = new TempDir();
        var missing = KnowledgeBase.Load(Path.Combine(tmp.Path, "no-such-folder"));
        var bundled = KnowledgeBase.Load();
        Assert.Null(missing.UserDir);
        Assert.Equal(bundled.Entities.Count, missing.Entities.Count);
        Assert.Equal(bundled.Roles.Count, missing.Roles.Count);
        Assert.All(bundled.Entities, e => Assert.Equal("bundled", e.Source));
        // a file where the folder should be is ignored, with a warning
        File.WriteAllText(tmp.File("kb"), "");
        Assert.Contains("is a file", Assert.Single(KnowledgeBase.Load(tmp.File("kb")).Warnings));
        // the tests run with PARALLAX_KB=none (Support/TestEnvironment.cs)
        Assert.Null(KnowledgeBase.Default.UserDir);
    }

    [Fact]
    public void The_user_folder_is_PARALLAX_KB_or_kb_beside_the_default_store()
    {
        Assert.Equal(Path.Combine(UserPaths.DataDirectory(), "kb"), KnowledgeBase.DefaultUserDirectory());
        if (Environment.GetEnvironmentVariable(Parallax.Storage.SqliteDocumentStore.PathVariable) is null)
            Assert.Equal(UserPaths.DataDirectory(), Path.GetDirectoryName(Parallax.Storage.SqliteDocumentStore.DefaultPath()));
        Assert.Equal(KnowledgeBase.DefaultUserDirectory(), KnowledgeBase.UserDirectory(null));
        Assert.Equal(KnowledgeBase.DefaultUserDirectory(), KnowledgeBase.UserDirectory(" "));
        Assert.Null(KnowledgeBase.UserDirectory("none"));
        Assert.Equal("/data/my-kb", KnowledgeBase.UserDirectory("/data/my-kb"));
    }

    [Fact]
    public void Search_and_lookup_ignore_accents_and_case()
    {
        var kb = KnowledgeBase.Default;
        Assert.Equal("United States", kb.Search("ETATS-unis")[0].Name);
        Assert.Equal("Vladimir Putin", kb.Search("poutine")[0].Name);
        Assert.Equal("Vladimir Putin", kb.Search("Q7747")[0].Name);
        Assert.Equal("Vladimir Putin", Assert.Single(kb.Lookup("Путин")).Name);
        Assert.Equal("Dmitry Peskov", Assert.Single(kb.Lookup("peskov")).Name);
        // names that start with the text come first
        var lon = kb.Search("lon", 50).Select(e => e.Name).ToList();
        Assert.Equal("London", lon[0]);
        Assert.Empty(kb.Search("   "));
        Assert.Equal(["president", "non-executive president"], kb.FindOffices("Présidente"));
        Assert.Contains(kb.RolesOfOffice("president"), r => r.Person == "Emmanuel Macron");
        Assert.Contains(kb.RolesIn("Moscow Kremlin"), r => r.Person == "Dmitry Peskov");
    }
}
