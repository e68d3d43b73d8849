using Parallax.Entities;
using Parallax.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Entities;

/// <summary>Consistency of the bundled knowledge base (Entities/data) and the leaders it resolves.</summary>
public class KbDataTests
{
    static readonly KnowledgeBase Kb = KnowledgeBase.Load();

    // offices that several people hold at once in one country: the two co-princes of Andorra, the three members of
    // Bosnia and Herzegovina's presidency; spokespeople, envoys and directors of several bodies
    static readonly HashSet<string> SingleHolder =
    [
        "president", "prime minister", "chancellor", "monarch", "emir", "emperor", "supreme leader", "pope",
        "non-executive president", "state counsellor", "chief adviser", "vice president", "foreign minister",
        "defence minister", "secretary of state", "defence secretary", "secretary general", "high representative",
    ];

    [Fact]
    public void Every_role_names_a_known_person_office_and_country_or_organisation_with_an_end_after_its_start()
    {
        var offices = Kb.OfficeNames.ToHashSet();
        var problems = new List<string>();
        foreach (var r in Kb.Roles)
        {
            if (Kb.Get(r.Person) is not { Type: EntityTypes.Person }) problems.Add($"{r}: unknown person");
            if (!offices.Contains(r.Office)) problems.Add($"{r}: office not in offices.tsv");
            if (Kb.Country(r.Of) == null && Kb.Get(r.Of) is not { Type: EntityTypes.Organization }) problems.Add($"{r}: unknown country or organisation");
            if (r.End is { } end && end <= r.Start) problems.Add($"{r}: ends before it starts");
        }
        Assert.Empty(problems);
        Assert.All(SingleHolder, o => Assert.Contains(o, offices));
    }

    [Fact]
    public void A_single_holder_office_has_one_holder_at_a_time()
    {
        var overlaps = new List<string>();
        foreach (var g in Kb.Roles.Where(r => SingleHolder.Contains(r.Office)).GroupBy(r => (r.Office, r.Of)))
        {
            var terms = g.OrderBy(r => r.Start).ToList();
            for (int i = 1; i < terms.Count; i++)
                for (int j = 0; j < i; j++)
                    if (terms[j].End is null || terms[j].End > terms[i].Start)
                        overlaps.Add($"{g.Key.Office} of {g.Key.Of}: {terms[j].Person} ({terms[j].Start}–{terms[j].End}) and {terms[i].Person} ({terms[i].Start}–{terms[i].End})");
        }
        Assert.Empty(overlaps);
    }

    [Fact]
    public void Wikidata_ids_are_unique_across_all_entity_files_and_names_are_unique()
    {
        var byQid = new Dictionary<string, string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in KbFiles.EntityFiles)
            foreach (var row in DataFiles.ReadTsv("Entities/data/" + file))
            {
                var e = KbFiles.ParseEntity(file, row);
                Assert.True(names.Add(e.Name), $"{file}: duplicate name {e.Name}");
                if (e.Qid == null) continue;
                Assert.True(byQid.TryAdd(e.Qid, e.Name), $"{file}: {e.Qid} is both {e.Name} and {byQid.GetValueOrDefault(e.Qid)}");
            }
    }

    [Fact]
    public void Role_dates_are_days_or_months()
    {
        Assert.Equal(new DateOnly(2024, 11, 1), KbFiles.ParseRole(["A", "president", "BWA", "2024-11", ""]).Start);
        Assert.Equal(new DateOnly(2024, 11, 8), KbFiles.ParseRole(["A", "president", "BWA", "2024-11-08", "2025-01"]).Start);
        Assert.Equal(new DateOnly(2025, 1, 1), KbFiles.ParseRole(["A", "president", "BWA", "2024-11-08", "2025-01"]).End);
        Assert.Throws<FormatException>(() => KbFiles.ParseRole(["A", "president", "BWA", "2024", ""]));
        Assert.Throws<FormatException>(() => KbFiles.ParseRole(["A", "president", "BWA", "2024-13", ""]));
    }

    [Fact]
    public void Every_position_item_of_the_import_is_a_known_office_of_a_known_country_or_organisation()
    {
        var offices = Kb.OfficeNames.ToHashSet();
        var seen = new HashSet<string>();
        var rows = DataFiles.ReadTsv("Entities/data/wikidata-positions.tsv").ToList();
        Assert.True(rows.Count > 300, $"{rows.Count} position items");
        foreach (var r in rows)
        {
            Assert.True(KbFiles.IsQid(r[0]), $"{r[0]} is not a Wikidata id");
            Assert.True(seen.Add(r[0]), $"{r[0]} is listed twice");
            Assert.True(offices.Contains(r[1]), $"{r[0]}: office '{r[1]}' is not in offices.tsv");
            Assert.True(Kb.Country(r[2]) != null || Kb.Get(r[2]) is { Type: EntityTypes.Organization }, $"{r[0]}: unknown country or organisation '{r[2]}'");
        }
    }

    [Theory]
    [InlineData("2015-06-01")]
    [InlineData("2019-01-01")]
    [InlineData("2022-07-01")]
    [InlineData("2025-06-01")]
    public void Nearly_every_country_has_a_leader_on_any_date_since_2015(string date)
    {
        var on = DateOnly.Parse(date);
        var countries = Kb.Entities.Where(e => e.IsCountry && Kb.RolesIn(e.Country!).Any()).ToList();
        var without = countries.Where(c => Kb.LeaderOf(c.Country!, on) == null).Select(c => c.Country).ToList();
        // 190 of the 193 UN members have their heads of state and government since 2015 in the KB; a few offices
        // stood vacant on some dates (Lebanon's presidency 2014-2016 and 2022-2025) and San Marino is missing
        Assert.True(countries.Count >= 192, $"{countries.Count} countries with roles");
        Assert.True(without.Count <= 3, $"no leader on {date}: {string.Join(", ", without)}");
    }

    /// <summary>The entries of countries.tsv that are not UN member states (territories, observers, partly recognised states).</summary>
    static readonly HashSet<string> NotUnMembers = ["PSE", "TWN", "VAT", "XKX", "HKG", "MAC", "ESH", "GRL", "PRI", "FRO", "NCL", "PYF", "GUF", "GLP", "MTQ", "MYT", "GIB", "BMU", "GUM", "FLK"];

    [Fact]
    public void Every_UN_member_has_a_head_of_state_or_government_in_every_month_since_2015_but_for_known_vacancies()
    {
        // the audit of the issue's "heads of state and government of every UN member since 2015": every month from
        // January 2015 to November 2025, a holder of a head-of-state or head-of-government office of offices.tsv
        var members = Kb.Entities.Where(e => e.IsCountry && !NotUnMembers.Contains(e.Country!)).Select(e => e.Country!).ToList();
        Assert.Equal(193, members.Count);
        var gaps = new Dictionary<string, int>();
        foreach (var c in members)
            for (var d = new DateOnly(2015, 1, 1); d <= new DateOnly(2025, 11, 1); d = d.AddMonths(1))
                if (Kb.LeaderOf(c, d) == null) gaps[c] = gaps.GetValueOrDefault(c) + 1;
        // not gaps of the KB: San Marino's captains regent (two, changed every six months) are not listed; acting and
        // transitional rulers are not (South Korea's acting presidents of 2017 and 2025, Libya's rival governments of
        // 2015-2016, Mali's juntas after the coups of August 2020 and May 2021, Haiti's transition of 2024, Kyrgyzstan's
        // acting president of late 2020)
        var known = new HashSet<string> { "SMR", "KOR", "LBY", "MLI", "HTI", "KGZ" };
        var unexplained = gaps.Where(g => !known.Contains(g.Key)).Select(g => $"{g.Key}: {g.Value} month(s)").ToList();
        Assert.True(unexplained.Count == 0, "no head of state or government: " + string.Join(", ", unexplained));
    }

    [Theory]
    [InlineData("Le président nigérian a reçu les ministres.", "2014-06-01", "Goodluck Jonathan")]
    [InlineData("Le président nigérian a reçu les ministres.", "2016-03-01", "Muhammadu Buhari")]
    [InlineData("Le président nigérian a reçu les ministres.", "2024-03-01", "Bola Tinubu")]
    [InlineData("Le président ghanéen a promis des réformes.", "2020-06-01", "Nana Akufo-Addo")]
    [InlineData("Le président ghanéen a promis des réformes.", "2025-06-01", "John Mahama")]
    [InlineData("The Kenyan president said the talks would go on.", "2021-05-01", "Uhuru Kenyatta")]
    [InlineData("The Kenyan president said the talks would go on.", "2023-05-01", "William Ruto")]
    [InlineData("Le Premier ministre népalais a démissionné.", "2024-01-10", "Pushpa Kamal Dahal")]
    [InlineData("Le Premier ministre népalais a démissionné.", "2025-01-10", "KP Sharma Oli")]
    [InlineData("The Bolivian president spoke in La Paz.", "2020-03-01", "Jeanine Áñez")]
    [InlineData("The Bolivian president spoke in La Paz.", "2022-03-01", "Luis Arce")]
    public void A_role_description_of_a_smaller_country_resolves_to_the_holder_of_the_day(string text, string published, string holder)
    {
        var d = Run.Text(text, published: published);
        var p = Assert.Single(d.Entities, e => e.Type == EntityTypes.Person);
        Assert.Equal(holder, p.Name);
    }

    [Fact]
    public void A_counterpart_is_the_head_of_government_where_the_president_is_ceremonial_or_the_monarch_reigns()
    {
        Assert.Equal("Sushila Karki", Kb.LeaderOf("NPL", new DateOnly(2025, 10, 1))?.Name);
        Assert.Equal("Andrew Holness", Kb.LeaderOf("JAM", new DateOnly(2020, 1, 1))?.Name);
        Assert.Equal("Mia Mottley", Kb.LeaderOf("BRB", new DateOnly(2023, 1, 1))?.Name);
        Assert.Equal("Charles III", Kb.HolderOf("monarch", "CAN", new DateOnly(2023, 1, 1))?.Name);
        Assert.Equal("Elizabeth II", Kb.HolderOf("monarch", "CAN", new DateOnly(2020, 1, 1))?.Name);
        Assert.Null(Kb.HolderOf("monarch", "BRB", new DateOnly(2023, 1, 1)));
        Assert.Equal("Alain Berset", Kb.LeaderOf("CHE", new DateOnly(2023, 6, 1))?.Name);
    }
}
