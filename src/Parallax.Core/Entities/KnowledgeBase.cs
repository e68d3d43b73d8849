using System.Collections.Immutable;
using System.Globalization;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>An entry of the knowledge base.</summary>
public sealed record KbEntity
{
    /// <summary>Canonical English name (Wikidata's English label); unique in the KB.</summary>
    public required string Name { get; init; }
    /// <summary>Wikidata id, or null where not known for certain.</summary>
    public string? Qid { get; init; }
    public required string Type { get; init; }
    /// <summary>ISO 3166-1 alpha-3 code of the entity's country.</summary>
    public string? Country { get; init; }
    /// <summary>For countries: their own ISO code. For places: city, capital, region, building. For organisations: government, igo, media…</summary>
    public string? Kind { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public ImmutableArray<string> Demonyms { get; init; } = [];
    public string? Capital { get; init; }
    public string? Gender { get; init; }
    public bool IsCountry => Kind == "country";
}

/// <summary>A dated office: who held what, of which country or organisation, from when to when.</summary>
public sealed record KbRole(string Person, string Office, string Of, DateOnly Start, DateOnly? End)
{
    public bool HeldOn(DateOnly d) => Start <= d && (End is null || d < End);
}

/// <summary>What a name in the text can refer to.</summary>
public readonly record struct NameRef(KbEntity Entity, bool Demonym, bool Surname);

/// <summary>
/// The bundled knowledge base (Entities/data/*.tsv): countries with names and demonyms, places, organisations,
/// people with spelling and transliteration variants, and dated offices. Compiled once into tries.
/// </summary>
public sealed class KnowledgeBase
{
    static readonly Lazy<KnowledgeBase> Bundled = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    public static KnowledgeBase Default => Bundled.Value;

    readonly Dictionary<string, KbEntity> _byName = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, KbEntity> _byQid = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, KbEntity> _countryByIso = new(StringComparer.OrdinalIgnoreCase);
    readonly List<KbRole> _roles = [];
    readonly Dictionary<string, (bool HeadOfState, string[] Phrases)> _offices = new();

    /// <summary>Names, aliases and demonyms of every entity.</summary>
    public PhraseMatcher<NameRef> Names { get; } = new();
    /// <summary>Office phrases ("président", "porte-parole", "secretary of state") → office names.</summary>
    public PhraseMatcher<string> Offices { get; } = new();
    public IReadOnlyCollection<KbEntity> Entities => _byName.Values;
    public IReadOnlyList<KbRole> Roles => _roles;
    public ImmutableHashSet<string> FirstNames { get; private set; } = [];
    Dictionary<string, List<(KbEntity Entity, string FoldedSurname)>>? _byGivenName;

    /// <summary>KB people whose canonical name starts with this given name, with their folded surname.</summary>
    public IReadOnlyList<(KbEntity Entity, string FoldedSurname)> PeopleByGivenName(string given)
    {
        var index = _byGivenName;
        if (index == null)
        {
            index = new(StringComparer.Ordinal);
            foreach (var e in Entities.Where(e => e.Type == EntityTypes.Person))
            {
                var parts = e.Name.Split(' ');
                if (parts.Length < 2) continue;
                (index.TryGetValue(parts[0], out var l) ? l : index[parts[0]] = []).Add((e, Parallax.Text.TextFold.Fold(parts[^1])));
            }
            _byGivenName = index;
        }
        return index.TryGetValue(given, out var list) ? list : [];
    }

    /// <summary>Capitalised words that are not names (Entities/data/not-names.txt).</summary>
    public ImmutableHashSet<string> NotNames { get; private set; } = [];
    /// <summary>Words that make a capitalised name an organisation (Entities/data/organization-words.txt).</summary>
    public ImmutableHashSet<string> OrganizationWords { get; private set; } = [];
    /// <summary>Words before an office meaning it is not the current holder (Entities/data/role-blockers.txt), folded.</summary>
    public ImmutableHashSet<string> RoleBlockers { get; private set; } = [];

    public static KnowledgeBase Load()
    {
        var kb = new KnowledgeBase();
        foreach (var r in DataFiles.ReadTsv("Entities/data/countries.tsv"))
            kb.Add(new KbEntity
            {
                Qid = Null(r[0]), Country = r[1], Name = r[2], Type = EntityTypes.Location, Kind = "country",
                Aliases = Split(At(r, 3)), Demonyms = Split(At(r, 4)), Capital = Null(At(r, 5)),
            });
        foreach (var r in DataFiles.ReadTsv("Entities/data/places.tsv"))
            kb.Add(new KbEntity { Qid = Null(r[0]), Name = r[1], Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Location, Kind = Null(At(r, 4)) });
        foreach (var r in DataFiles.ReadTsv("Entities/data/organizations.tsv"))
            kb.Add(new KbEntity { Qid = Null(r[0]), Name = r[1], Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Organization, Kind = Null(At(r, 4)) });
        foreach (var r in DataFiles.ReadTsv("Entities/data/people.tsv"))
            kb.Add(new KbEntity { Qid = Null(r[0]), Name = r[1], Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Person, Gender = Null(At(r, 4)) });
        foreach (var r in DataFiles.ReadTsv("Entities/data/roles.tsv"))
        {
            if (!kb._byName.ContainsKey(r[0])) throw new FormatException($"Entities/data/roles.tsv: unknown person '{r[0]}'");
            kb._roles.Add(new KbRole(r[0], r[1], r[2], DateOnly.Parse(r[3], CultureInfo.InvariantCulture),
                At(r, 4).Length == 0 ? null : DateOnly.Parse(r[4], CultureInfo.InvariantCulture)));
        }
        foreach (var r in DataFiles.ReadTsv("Entities/data/offices.tsv"))
        {
            var phrases = r[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            kb._offices[r[0]] = (r[1] == "hos" || r[1] == "hog", phrases);
            foreach (var p in phrases) kb.Offices.Add(p, r[0]);
        }
        kb.NotNames = DataFiles.ReadLines("Entities/data/not-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.OrganizationWords = DataFiles.ReadLines("Entities/data/organization-words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.FirstNames = DataFiles.ReadLines("Entities/data/first-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.RoleBlockers = DataFiles.ReadLines("Entities/data/role-blockers.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToImmutableHashSet(StringComparer.Ordinal);
        kb.Compile();
        return kb;
    }

    static string At(string[] r, int i) => i < r.Length ? r[i] : "";
    static string? Null(string s) => s.Length == 0 ? null : s;
    static ImmutableArray<string> Split(string s) => [.. s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    void Add(KbEntity e)
    {
        if (!_byName.TryAdd(e.Name, e)) throw new FormatException($"Entities/data: duplicate entity name '{e.Name}'");
        if (e.Qid != null) _byQid[e.Qid] = e;
        if (e.IsCountry && e.Country != null) _countryByIso[e.Country] = e;
    }

    void Compile()
    {
        foreach (var e in _byName.Values)
        {
            var lastToken = e.Type == EntityTypes.Person ? e.Name.Split(' ')[^1] : null;
            Names.Add(e.Name, new NameRef(e, false, false));
            foreach (var a in e.Aliases)
                Names.Add(a, new NameRef(e, false, e.Type == EntityTypes.Person && !a.Contains(' ')));
            foreach (var d in e.Demonyms) Names.Add(d, new NameRef(e, true, false));
        }
    }

    public KbEntity? Get(string name) => _byName.GetValueOrDefault(name);
    public KbEntity? GetByQid(string qid) => _byQid.GetValueOrDefault(qid);
    public KbEntity? Country(string iso3) => _countryByIso.GetValueOrDefault(iso3);

    /// <summary>Entities whose name or alias matches <paramref name="text"/> (folded), exact matches first, then prefix, then substring.</summary>
    public IReadOnlyList<KbEntity> Search(string text, int limit = 20)
    {
        var q = TextFold.Fold(text.Trim());
        if (q.Length == 0) return [];
        return [.. _byName.Values
            .Select(e => (e, score: new[] { e.Name }.Concat(e.Aliases).Select(TextFold.Fold).Select(n => n == q ? 3 : n.StartsWith(q, StringComparison.Ordinal) ? 2 : n.Contains(q, StringComparison.Ordinal) ? 1 : 0).Max()))
            .Where(x => x.score > 0 || x.e.Qid?.Equals(text.Trim(), StringComparison.OrdinalIgnoreCase) == true)
            .OrderByDescending(x => x.score).ThenBy(x => x.e.Name, StringComparer.Ordinal)
            .Take(limit).Select(x => x.e)];
    }

    /// <summary>Offices held by a person on a date (all of them when <paramref name="on"/> is null).</summary>
    public IEnumerable<KbRole> RolesOf(string person, DateOnly? on = null) =>
        _roles.Where(r => r.Person == person && (on is null || r.HeldOn(on.Value)));

    /// <summary>Who held <paramref name="office"/> of a country (ISO code) or organisation (name) on a date.</summary>
    public KbEntity? HolderOf(string office, string of, DateOnly date)
    {
        var r = _roles.FirstOrDefault(r => r.Office == office && string.Equals(r.Of, of, StringComparison.OrdinalIgnoreCase) && r.HeldOn(date));
        return r is null ? null : _byName[r.Person];
    }

    /// <summary>The head of state (or, failing one, of government) of a country on a date: "son homologue américain".</summary>
    public KbEntity? LeaderOf(string iso3, DateOnly date)
    {
        foreach (var (office, (hos, _)) in _offices)
            if (hos && HolderOf(office, iso3, date) is { } p && office is "president" or "supreme leader") return p;
        foreach (var (office, (hos, _)) in _offices)
            if (hos && HolderOf(office, iso3, date) is { } p) return p;
        return null;
    }

    public bool IsHeadOfStateOrGovernment(string office) => _offices.TryGetValue(office, out var o) && o.HeadOfState;

    /// <summary>The country a capital or government institution stands for ("Moscou a annoncé" → Russia).</summary>
    public KbEntity? GovernmentOf(KbEntity e) =>
        e.IsCountry ? e
        : (e.Kind is "capital" or "government") && e.Country != null ? Country(e.Country)
        : null;

    /// <summary>Whether a person is well known enough to be named by surname alone (held a head-of-state or government office).</summary>
    public bool IsLeader(KbEntity person) => _roles.Any(r => r.Person == person.Name && IsHeadOfStateOrGovernment(r.Office));
}
