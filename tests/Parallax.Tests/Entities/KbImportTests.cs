using System.Text;
using System.Text.Json;
using Parallax.Entities;
using Parallax.Tests.Cli;

namespace Parallax.Tests.Entities;

/// <summary><c>kb import</c> on the hand-made dump sample in testdata/kb (see its README).</summary>
public class KbImportTests
{
    public static string Sample(string name = "sample.json") => Path.Combine(AppContext.BaseDirectory, "testdata", "kb", name);

    /// <summary>Imports a dump into a fresh folder, collecting the error lines.</summary>
    public static (KbImportResult Result, List<string> Errors) Import(string dump, string outDir, KbImportOptions? options = null)
    {
        var errors = new List<string>();
        var result = WikidataImport.Run(dump, outDir, (options ?? new KbImportOptions()) with { Error = errors.Add });
        return (result, errors);
    }

    static List<string[]> Rows(string dir, string file)
    {
        var path = Path.Combine(dir, file);
        if (!File.Exists(path)) return [];
        using var reader = new StreamReader(path);
        return [.. KbFiles.ReadRows(reader).Select(r => r.Row)];
    }

    static string[] Row(string dir, string file, string qid) => Rows(dir, file).Single(r => r[0] == qid);

    [Fact]
    public void People_organisations_countries_and_cities_are_written_in_the_bundled_formats()
    {
        using var tmp = new TempDir();
        var (result, _) = Import(Sample(), tmp.Path);
        Assert.Equal((4, 3, 3, 2), (result.People, result.Organizations, result.Countries, result.Places));

        // people: English label, country of citizenship as ISO3 (bundled Germany, dump-only Cape Verde), gender, fr/en names
        Assert.Equal(["Q567", "Angela Merkel", "DEU", "Angela Dorothea Merkel|Angela Dorothea Kasner", "f"], Row(tmp.Path, KbFiles.People, "Q567"));
        // no English label: the French one
        Assert.Equal(["Q900000003", "Lucie Fontanel", "CPV", "", "f"], Row(tmp.Path, KbFiles.People, "Q900000003"));
        // countries: ISO code from P298, demonyms (fr, en; not de), capital from the dump, from the bundled KB, or empty
        Assert.Equal(["Q142", "FRA", "France", "French Republic|République française", "French|français", "Paris"], Row(tmp.Path, KbFiles.Countries, "Q142"));
        Assert.Equal("Brussels", Row(tmp.Path, KbFiles.Countries, "Q31")[5]);
        Assert.Equal("", Row(tmp.Path, KbFiles.Countries, "Q1011").ElementAtOrDefault(5) ?? "");
        // places: a country's capital is a capital, other cities are cities
        Assert.Equal(["Q90", "Paris", "FRA", "City of Light|Ville Lumière", "capital"], Row(tmp.Path, KbFiles.Places, "Q90"));
        Assert.Equal(["Q12892", "Antwerp", "BEL", "Anvers|Antwerpen", "city"], Row(tmp.Path, KbFiles.Places, "Q12892"));
        // organisations: kind from the class; a '|' inside a name cannot split it
        Assert.Equal(["Q900000010", "Belgian Press Agency", "BEL", "Agence Belge de Presse|BPA|ABP / Belga", "media"], Row(tmp.Path, KbFiles.Organizations, "Q900000010"));
        Assert.Equal("party", Row(tmp.Path, KbFiles.Organizations, "Q900000011")[4]);
        Assert.Equal("company", Row(tmp.Path, KbFiles.Organizations, "Q900000012")[4]);

        // classes the import does not know (a football club, a film), positions and properties are left out
        var all = KbFiles.EntityFiles.SelectMany(f => Rows(tmp.Path, f)).Select(r => r[0]).ToList();
        Assert.DoesNotContain("Q900000013", all);
        Assert.DoesNotContain("Q900000014", all);
        Assert.DoesNotContain("Q900000001", all);
        Assert.DoesNotContain("P31", all);
        // every written row reads back
        foreach (var file in KbFiles.EntityFiles)
            foreach (var row in Rows(tmp.Path, file))
                Assert.NotNull(KbFiles.ParseEntity(file, row));
    }

    [Fact]
    public void Two_entities_with_one_name_keep_the_better_known()
    {
        using var tmp = new TempDir();
        var (result, _) = Import(Sample(), tmp.Path);
        Assert.Equal(1, result.NameClashes);
        var verhaegen = Rows(tmp.Path, KbFiles.People).Where(r => r[1] == "Maxime Verhaegen").ToList();
        Assert.Equal("Q900000002", Assert.Single(verhaegen)[0]); // 3 sitelinks against 1
    }

    [Fact]
    public void An_entity_named_like_another_bundled_entity_is_set_aside()
    {
        using var tmp = new TempDir();
        var dump = tmp.File("jordan.json");
        File.WriteAllText(dump, """
            [
            {"type":"item","id":"Q900000050","labels":{"en":{"language":"en","value":"Jordan"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":515,"id":"Q515"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}]},"sitelinks":{}},
            {"type":"item","id":"Q810","labels":{"en":{"language":"en","value":"Jordan"},"fr":{"language":"fr","value":"Jordanie"}},"claims":{"P31":[{"mainsnak":{"snaktype":"value","property":"P31","datavalue":{"value":{"entity-type":"item","numeric-id":6256,"id":"Q6256"},"type":"wikibase-entityid"},"datatype":"wikibase-item"},"type":"statement","rank":"normal"}],"P298":[{"mainsnak":{"snaktype":"value","property":"P298","datavalue":{"value":"JOR","type":"string"},"datatype":"external-id"},"type":"statement","rank":"normal"}]},"sitelinks":{}}
            ]
            """);
        var (result, errors) = Import(dump, tmp.File("kb"));
        Assert.Empty(errors);
        Assert.Equal((1, 0, 1), (result.Countries, result.Places, result.NameClashes)); // the same country (Q810) is kept
        Assert.Equal("Jordanie", Row(tmp.File("kb"), KbFiles.Countries, "Q810")[3]);
        Assert.True(KnowledgeBase.Load(tmp.File("kb")).Get("Jordan")!.IsCountry);
    }

    [Fact]
    public void Roles_come_from_position_held_with_start_and_end_qualifiers_for_known_offices()
    {
        using var tmp = new TempDir();
        var (result, _) = Import(Sample(), tmp.Path);
        var roles = Rows(tmp.Path, KbFiles.Roles).Select(r => string.Join(" | ", r).TrimEnd(' ', '|')).ToList();
        Assert.Equal(
        [
            "Angela Merkel | chancellor | DEU | 2005-11-22 | 2021-12-08", // a position of wikidata-positions.tsv
            "Emmanuel Macron | president | FRA | 2017-05-14",            // no end: current; the deprecated statement is ignored
            "Maxime Verhaegen | prime minister | BEL | 2020-10-01 | 2025-02-03", // a position item of the dump, "Prime Minister of Belgium", P1001 Belgium
        ], roles);
        Assert.Equal(3, result.Roles);
        // not roles: a position Parallax does not know (Merkel's Q1939555), a label that names another body than its
        // jurisdiction ("President of the Chamber of Representatives"), a position held without a start date (Fontanel)
    }

    [Fact]
    public void Types_ids_and_sitelinks_select_what_is_written()
    {
        using var people = new TempDir();
        Import(Sample(), people.Path, new KbImportOptions { Types = WikidataImport.ParseTypes("person") });
        Assert.Equal(4, Rows(people.Path, KbFiles.People).Count);
        Assert.Empty(Rows(people.Path, KbFiles.Countries));
        Assert.Empty(Rows(people.Path, KbFiles.Places));
        // the dump's countries still give people their country, and positions their jurisdiction
        Assert.Equal("CPV", Row(people.Path, KbFiles.People, "Q900000003")[2]);
        Assert.Contains(Rows(people.Path, KbFiles.Roles), r => r[0] == "Maxime Verhaegen" && r[2] == "BEL");

        using var places = new TempDir();
        Import(Sample(), places.Path, new KbImportOptions { Types = WikidataImport.ParseTypes("location") });
        Assert.Equal(3, Rows(places.Path, KbFiles.Countries).Count);
        Assert.Equal(2, Rows(places.Path, KbFiles.Places).Count);
        Assert.Empty(Rows(places.Path, KbFiles.People));

        using var ids = new TempDir();
        var idFile = Path.Combine(ids.Path, "ids.txt");
        File.WriteAllText(idFile, "# people and places to keep\nQ567\nQ90, Q900000012\n");
        var (result, _) = Import(Sample(), Path.Combine(ids.Path, "kb"), new KbImportOptions { Ids = WikidataImport.ParseIds(idFile) });
        Assert.Equal((1, 1, 0, 1), (result.People, result.Organizations, result.Countries, result.Places));

        using var known = new TempDir();
        var (famous, _) = Import(Sample(), known.Path, new KbImportOptions { MinSitelinks = 5 });
        Assert.Equal(["Q567", "Q3052772"], Rows(known.Path, KbFiles.People).Select(r => r[0]));
        Assert.Equal(0, famous.Organizations);
    }

    [Fact]
    public void Type_and_id_lists_are_checked()
    {
        Assert.Equal(["city", "country", "organization", "person"], WikidataImport.ParseTypes("person, organisation,location").Order());
        Assert.Throws<ArgumentException>(() => WikidataImport.ParseTypes("person,planet"));
        Assert.Equal(["Q1", "Q42"], WikidataImport.ParseIds("q42,Q1").Order());
        Assert.Throws<ArgumentException>(() => WikidataImport.ParseIds("Q42,Douglas"));
    }

    [Fact]
    public void Importing_twice_changes_nothing()
    {
        using var tmp = new TempDir();
        Import(Sample(), tmp.Path);
        var first = KbFiles.EntityFiles.Append(KbFiles.Roles).ToDictionary(f => f, f => File.ReadAllText(Path.Combine(tmp.Path, f)));
        var (again, _) = Import(Sample(), tmp.Path);
        foreach (var (file, text) in first) Assert.Equal(text, File.ReadAllText(Path.Combine(tmp.Path, file)));
        Assert.Equal(4, again.Totals[KbFiles.People]);
        Assert.Equal(3, again.Totals[KbFiles.Roles]);
    }

    [Fact]
    public void An_import_merges_with_the_folder_by_wikidata_id()
    {
        using var tmp = new TempDir();
        // a folder with a hand-written person, an old row of an imported person (other name, stale role), an earlier import's country
        File.WriteAllText(Path.Combine(tmp.Path, KbFiles.People),
            "# people\n\tJean Dupont\tFRA\tDupont\tm\nQ567\tAngela Kasner\tDEU\t\tf\n");
        File.WriteAllText(Path.Combine(tmp.Path, KbFiles.Roles),
            "Jean Dupont\tspokesperson\tFRA\t2020-01-01\t\nAngela Kasner\tchancellor\tDEU\t2005-11-22\t\n");
        File.WriteAllText(Path.Combine(tmp.Path, KbFiles.Countries), "Q39\tCHE\tSwitzerland\tSuisse\tsuisse|Swiss\tBern\n");
        Import(Sample(), tmp.Path, new KbImportOptions { Types = WikidataImport.ParseTypes("person") });
        var people = Rows(tmp.Path, KbFiles.People);
        Assert.Contains(people, r => r[1] == "Jean Dupont" && r[0] == "");
        Assert.Equal("Angela Merkel", Assert.Single(people, r => r[0] == "Q567")[1]);
        var roles = Rows(tmp.Path, KbFiles.Roles).Select(r => string.Join(" | ", r).TrimEnd(' ', '|')).ToList();
        Assert.Contains("Jean Dupont | spokesperson | FRA | 2020-01-01", roles);
        Assert.Contains("Angela Merkel | chancellor | DEU | 2005-11-22 | 2021-12-08", roles);
        Assert.DoesNotContain(roles, r => r.StartsWith("Angela Kasner", StringComparison.Ordinal));
        // an import of other types leaves the rest of the folder alone
        Assert.Equal("Switzerland", Assert.Single(Rows(tmp.Path, KbFiles.Countries))[2]);
    }

    [Fact]
    public void Gzip_and_bzip2_dumps_give_the_same_kb_as_the_plain_one()
    {
        using var plain = new TempDir();
        using var gz = new TempDir();
        using var bz = new TempDir();
        var p = Import(Sample(), plain.Path).Result;
        var g = Import(Sample("sample.json.gz"), gz.Path).Result;
        var b = Import(Sample("sample.json.bz2"), bz.Path).Result; // two bzip2 streams
        Assert.Equal((p.Entities, p.Errors, p.Kept), (g.Entities, g.Errors, g.Kept));
        Assert.Equal((p.Entities, p.Errors, p.Kept), (b.Entities, b.Errors, b.Kept));
        foreach (var file in KbFiles.EntityFiles.Append(KbFiles.Roles))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(plain.Path, file)), File.ReadAllText(Path.Combine(gz.Path, file)));
            Assert.Equal(File.ReadAllText(Path.Combine(plain.Path, file)), File.ReadAllText(Path.Combine(bz.Path, file)));
        }
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_number_and_the_rest_is_imported()
    {
        using var tmp = new TempDir();
        var (result, errors) = Import(Sample(), tmp.Path);
        Assert.Equal(1, result.Errors);
        Assert.False(result.Truncated);
        var error = Assert.Single(errors);
        Assert.StartsWith("sample.json: line 14: malformed entity", error);
        Assert.Equal(21, result.Lines);
        Assert.Equal(18, result.Entities); // a property and 17 items; the broken line is not counted
        Assert.Equal(12, result.Kept);

        // a line that looks whole but is not JSON
        var bad = Path.Combine(tmp.Path, "bad.json");
        var lines = File.ReadAllLines(Sample());
        lines[2] = lines[2].Replace("\"labels\":{", "\"labels\":{,", StringComparison.Ordinal);
        File.WriteAllLines(bad, lines);
        var (r2, e2) = Import(bad, Path.Combine(tmp.Path, "kb2"));
        Assert.Equal(2, r2.Errors);
        Assert.Contains(e2, e => e.StartsWith("bad.json: line 3: malformed entity", StringComparison.Ordinal));
        Assert.Equal(2, r2.Countries); // France (line 3) is lost, Belgium and Cape Verde are not
    }

    [Theory]
    [InlineData("sample.json.gz", "gzip")]
    [InlineData("sample.json.bz2", "bzip2")]
    public void A_truncated_compressed_dump_is_an_error_and_what_was_read_is_kept(string name, string format)
    {
        using var tmp = new TempDir();
        var bytes = File.ReadAllBytes(Sample(name));
        var cut = Path.Combine(tmp.Path, name);
        File.WriteAllBytes(cut, bytes[..(bytes.Length * 2 / 3)]);
        var (result, errors) = Import(cut, Path.Combine(tmp.Path, "kb"));
        Assert.True(result.Truncated);
        Assert.Contains(errors, e => e.StartsWith(name + ": line ", StringComparison.Ordinal) && e.Contains($"the {format} data is truncated or corrupt"));
        Assert.InRange(result.Entities, 1, 17);
        Assert.True(result.Countries > 0);
        Assert.True(File.Exists(Path.Combine(tmp.Path, "kb", KbFiles.Countries)));
    }

    [Fact]
    public void A_plain_dump_without_its_closing_bracket_is_reported_as_truncated()
    {
        using var tmp = new TempDir();
        var cut = Path.Combine(tmp.Path, "cut.json");
        File.WriteAllLines(cut, File.ReadAllLines(Sample()).Take(6));
        var (result, errors) = Import(cut, Path.Combine(tmp.Path, "kb"));
        Assert.True(result.Truncated);
        Assert.Contains(errors, e => e.Contains("without its closing ']'"));
        Assert.Equal(3, result.Countries);
    }

    [Fact]
    public void Missing_and_unreadable_files_are_one_line_errors()
    {
        using var tmp = new TempDir();
        var missing = Assert.Throws<FileNotFoundException>(() => WikidataImport.Run(tmp.File("nope.json.bz2"), tmp.File("kb")));
        Assert.Contains("nope.json.bz2: no such file", missing.Message);
        File.WriteAllText(tmp.File("fake.json.gz"), "[\n]\n");
        Assert.Contains("not a gzip file", Assert.Throws<IOException>(() => WikidataImport.Run(tmp.File("fake.json.gz"), tmp.File("kb"))).Message);
        File.WriteAllText(tmp.File("fake.json.bz2"), "[\n]\n");
        Assert.Contains("not a bzip2 file", Assert.Throws<IOException>(() => WikidataImport.Run(tmp.File("fake.json.bz2"), tmp.File("kb"))).Message);
        File.WriteAllText(tmp.File("notes.txt"), "Dear diary,\nnothing happened today.\n");
        Assert.Contains("not a Wikidata JSON dump", Assert.Throws<IOException>(() => WikidataImport.Run(tmp.File("notes.txt"), tmp.File("kb"))).Message);
        Assert.Contains("is a folder", Assert.Throws<IOException>(() => WikidataImport.Run(tmp.Path, tmp.File("kb"))).Message);
        Assert.False(Directory.Exists(tmp.File("kb")));
    }

    [Fact]
    public void Progress_is_reported_with_counts_and_rate()
    {
        using var tmp = new TempDir();
        var reports = new List<KbImportProgress>();
        Import(Sample(), tmp.Path, new KbImportOptions { Progress = reports.Add });
        var last = reports[^1];
        Assert.Equal((18L, 13L, 1L), (last.Entities, last.Kept, last.Errors)); // kept before same-name entities are set aside
        Assert.Equal(new FileInfo(Sample()).Length, last.BytesTotal);
        Assert.True(last.Rate > 0);
    }

    [Theory]
    [InlineData("+2017-05-14T00:00:00Z", 11, "2017-05-14")]
    [InlineData("+2014-01-00T00:00:00Z", 10, "2014-01-01")]
    [InlineData("+1990-00-00T00:00:00Z", 9, "1990-01-01")]
    [InlineData("+1990-06-12T00:00:00Z", 9, "1990-01-01")]
    [InlineData("+1990-00-00T00:00:00Z", 8, null)]
    [InlineData("-0044-03-15T00:00:00Z", 11, null)]
    [InlineData("+12000-01-01T00:00:00Z", 11, null)]
    public void Wikidata_times_become_dates_at_their_precision(string time, int precision, string? expected)
    {
        using var doc = JsonDocument.Parse($$"""{"time":"{{time}}","timezone":0,"before":0,"after":0,"precision":{{precision}}}""");
        Assert.Equal(expected, WikidataImport.WikidataDate(doc.RootElement)?.ToString("yyyy-MM-dd"));
    }

    [Fact]
    public void The_cheap_scan_reads_instance_of_values_and_the_entity_id()
    {
        var merkel = File.ReadAllLines(Sample()).First(l => l.Contains("\"id\":\"Q567\"", StringComparison.Ordinal)).TrimEnd(',');
        var ids = new List<long>();
        Assert.True(WikidataImport.InstanceOf(Encoding.UTF8.GetBytes(merkel), ids));
        Assert.Equal([5L], ids);
        Assert.Equal("Q567", WikidataImport.LeadingId(Encoding.UTF8.GetBytes(merkel)));
        // references of an instance-of statement may add ids: a superset is fine, the full parse decides
        var france = File.ReadAllLines(Sample()).First(l => l.Contains("\"id\":\"Q142\"", StringComparison.Ordinal)).TrimEnd(',');
        ids.Clear();
        WikidataImport.InstanceOf(Encoding.UTF8.GetBytes(france), ids);
        Assert.Contains(6256L, ids);
        Assert.Contains(3624078L, ids);
        Assert.False(WikidataImport.InstanceOf("{\"id\":\"Q1\",\"claims\":{}}"u8, ids));
    }
}
