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
    /// <summary>Where the entry comes from: <c>bundled</c> (Entities/data) or <c>user</c> (the user KB folder).</summary>
    public string Source { get; init; } = "bundled";
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
/// The knowledge base: countries with names and demonyms, places, organisations, people with spelling and
/// transliteration variants, and dated offices. The bundled entries (Entities/data/*.tsv) come first; a user KB
/// folder (the same files, written by hand or by <c>parallax kb import</c>) is loaded on top of them: a user entry
/// with the same Wikidata id or the same name replaces the bundled one, keeping the bundled names as aliases
/// when they are the same entity. Compiled once into tries; read-only and thread-safe afterwards.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>Environment variable naming the user KB folder; <c>none</c> turns the user KB off.</summary>
    public const string UserDirVariable = "PARALLAX_KB";

    static readonly Lazy<KnowledgeBase> Shared = new(() => Load(UserDirectory()), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The process-wide KB: the bundled one with the user KB folder (<see cref="UserDirectory"/>) on top when it
    /// exists. Loaded once, on first use.
    /// </summary>
    public static KnowledgeBase Default => Shared.Value;

    /// <summary>
    /// The user KB folder: <c>$PARALLAX_KB</c> when set (<c>none</c>: no user KB, null), else
    /// <see cref="DefaultUserDirectory"/>. The folder need not exist.
    /// </summary>
    public static string? UserDirectory() => UserDirectory(Environment.GetEnvironmentVariable(UserDirVariable));

    /// <summary>The user KB folder for a value of <c>$PARALLAX_KB</c> (null or empty: the default folder).</summary>
    public static string? UserDirectory(string? variable)
    {
        var v = variable?.Trim();
        if (string.IsNullOrEmpty(v)) return DefaultUserDirectory();
        return v.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : v;
    }

    /// <summary><c>kb</c> beside the default store: ~/.local/share/parallax/kb on Linux, %LOCALAPPDATA%\parallax\kb on Windows.</summary>
    public static string DefaultUserDirectory() => Path.Combine(UserPaths.DataDirectory(), "kb");

    readonly Dictionary<string, KbEntity> _byName = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, KbEntity> _byQid = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, KbEntity> _countryByIso = new(StringComparer.OrdinalIgnoreCase);
    readonly List<KbRole> _roles = [];
    readonly Dictionary<string, (bool HeadOfState, string[] Phrases)> _offices = new();
    readonly List<string> _warnings = [];
    // role indexes, built by Compile
    readonly Dictionary<string, List<KbRole>> _rolesByPerson = new(StringComparer.Ordinal);
    readonly Dictionary<string, List<KbRole>> _rolesByOffice = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<string, List<KbRole>> _rolesByOf = new(StringComparer.OrdinalIgnoreCase);
    readonly HashSet<string> _leaders = new(StringComparer.Ordinal);
    readonly Lazy<List<(KbEntity Entity, string[] Folded)>> _searchIndex;

    KnowledgeBase() => _searchIndex = new(() => [.. _byName.Values.Select(e => (e, new[] { e.Name }.Concat(e.Aliases).Select(TextFold.Fold).Distinct().ToArray()))]);

    /// <summary>Names, aliases and demonyms of every entity.</summary>
    public PhraseMatcher<NameRef> Names { get; } = new();
    /// <summary>Office phrases ("président", "porte-parole", "secretary of state") → office names.</summary>
    public PhraseMatcher<string> Offices { get; } = new();
    public IReadOnlyCollection<KbEntity> Entities => _byName.Values;
    /// <summary>Dated offices: the user KB's first, then the bundled ones.</summary>
    public IReadOnlyList<KbRole> Roles => _roles;
    public ImmutableHashSet<string> FirstNames { get; private set; } = [];
    /// <summary>The user KB folder that was loaded (full path), or null when only the bundled KB is.</summary>
    public string? UserDir { get; private set; }
    /// <summary>Rows of the user KB that were skipped, each as <c>path:line: reason</c>.</summary>
    public IReadOnlyList<string> Warnings => _warnings;
    /// <summary>Office names (offices.tsv), in file order.</summary>
    public IEnumerable<string> OfficeNames => _offices.Keys;
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
    /// <summary>Words that make a capitalised name a place (Entities/data/location-words.txt).</summary>
    public ImmutableHashSet<string> LocationWords { get; private set; } = [];
    /// <summary>Words before an office meaning it is not the current holder (Entities/data/role-blockers.txt), folded.</summary>
    public ImmutableHashSet<string> RoleBlockers { get; private set; } = [];
    /// <summary>Offices the KB has no holders for (<c>positions.txt</c>: mayors, governors, ministers, chief executives…), by phrase.</summary>
    public PhraseMatcher<string> Positions { get; } = new();
    /// <summary>Common family names (<c>surnames.txt</c>).</summary>
    public ImmutableHashSet<string> Surnames { get; private set; } = [];
    /// <summary>Titles before a name that are not part of its mention (<c>person-titles.txt</c>: "Senator", "Gov.", "général").</summary>
    public ImmutableHashSet<string> PersonTitles { get; private set; } = [];
    /// <summary>Nouns after an English place name ("Logar province") and before a French one ("la province de Logar") (<c>place-nouns.txt</c>).</summary>
    public ImmutableHashSet<string> PlaceNounsAfter { get; private set; } = [];
    public ImmutableHashSet<string> PlaceNounsBefore { get; private set; } = [];
    /// <summary>Capitalised head words of French place names ("Parc des Princes", "Palais de l'Élysée", "Gare du Nord") (<c>place-heads-fr.txt</c>).</summary>
    public ImmutableHashSet<string> FrenchPlaceHeads { get; private set; } = [];
    /// <summary>Words that open an organisation's name ("FC Nantes", "Real Madrid") (<c>organization-prefixes.txt</c>).</summary>
    public ImmutableHashSet<string> OrganizationPrefixes { get; private set; } = [];
    /// <summary>Place names without a KB entry (<c>gazetteer.tsv</c>: towns of 15,000+ inhabitants, first-level regions, French
    /// departments), by name: true when the name is also a common word ("Nice", "Tours"), taken only away from a sentence start.</summary>
    /// Each place has its country's ISO 3166 alpha-3 code (the KB's), null when <c>iso-countries.tsv</c> has none.</summary>
    public IReadOnlyDictionary<string, GazetteerPlace> Gazetteer => _gazetteer;
    Dictionary<string, GazetteerPlace> _gazetteer = new(StringComparer.Ordinal);
    Dictionary<string, GazetteerPlace>.AlternateLookup<ReadOnlySpan<char>> _gazetteerLookup;

    /// <summary>Whether <paramref name="name"/> is a gazetteer place, without building a string; <paramref name="common"/>: also a common word.</summary>
    public bool IsGazetteerPlace(ReadOnlySpan<char> name, out bool common) => IsGazetteerPlace(name, out common, out _);

    /// <summary>Whether <paramref name="name"/> is a gazetteer place, with its country (ISO alpha-3, or null).</summary>
    public bool IsGazetteerPlace(ReadOnlySpan<char> name, out bool common, out string? country)
    {
        bool found = _gazetteerLookup.TryGetValue(name, out var place);
        common = place.Common;
        country = place.Country;
        return found;
    }

    /// <summary>Whether <paramref name="name"/> is a first-level region of the gazetteer ("Bretagne", "Texas") or, with
    /// <paramref name="departments"/>, a French department ("Morbihan").</summary>
    public bool IsGazetteerRegion(ReadOnlySpan<char> name, bool departments) =>
        _gazetteerLookup.TryGetValue(name, out var place) && (place.Region || (departments && place.Department));

    /// <summary>The bundled knowledge base alone.</summary>
    public static KnowledgeBase Load() => Load(null);

    /// <summary>
    /// The bundled knowledge base with the user KB in <paramref name="userDir"/> on top (when the folder exists;
    /// any of its five files may be missing). Malformed user rows are skipped and listed in <see cref="Warnings"/>;
    /// a malformed bundled row throws.
    /// </summary>
    public static KnowledgeBase Load(string? userDir)
    {
        var kb = new KnowledgeBase();
        foreach (var file in KbFiles.EntityFiles)
            foreach (var r in DataFiles.ReadTsv("Entities/data/" + file))
            {
                var e = KbFiles.ParseEntity(file, r);
                if (kb._byName.ContainsKey(e.Name)) throw new FormatException($"Entities/data: duplicate entity name '{e.Name}'");
                kb.Add(e);
            }
        var bundledRoles = new List<KbRole>();
        foreach (var r in DataFiles.ReadTsv("Entities/data/roles.tsv"))
        {
            var role = KbFiles.ParseRole(r);
            if (!kb._byName.ContainsKey(role.Person)) throw new FormatException($"Entities/data/roles.tsv: unknown person '{role.Person}'");
            bundledRoles.Add(role);
        }

        // the user KB: its entries replace bundled ones; bundled roles follow renamed people, or go with replaced ones
        var renames = new Dictionary<string, string?>(StringComparer.Ordinal);
        var userRoles = new List<KbRole>();
        if (userDir != null && Directory.Exists(userDir)) kb.LoadUser(userDir, renames, userRoles);
        else if (userDir != null && File.Exists(userDir)) kb._warnings.Add($"{userDir}: is a file, not a knowledge-base folder; ignored");
        var userTriples = userRoles.Select(RoleKey).ToHashSet(StringComparer.OrdinalIgnoreCase);
        kb._roles.AddRange(userRoles);
        foreach (var r in bundledRoles)
        {
            var person = r.Person;
            if (renames.TryGetValue(person, out var to)) { if (to == null) continue; person = to; }
            var of = renames.TryGetValue(r.Of, out var ofTo) && ofTo != null ? ofTo : r.Of;
            var role = r with { Person = person, Of = of };
            if (!userTriples.Contains(RoleKey(role))) kb._roles.Add(role);
        }

        foreach (var r in DataFiles.ReadTsv("Entities/data/offices.tsv"))
        {
            var phrases = r[2].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            kb._offices[r[0]] = (r[1] == "hos" || r[1] == "hog", phrases);
            foreach (var p in phrases) kb.Offices.Add(p, r[0]);
        }
        kb.NotNames = DataFiles.ReadLines("Entities/data/not-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.OrganizationWords = DataFiles.ReadLines("Entities/data/organization-words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.LocationWords = DataFiles.ReadLines("Entities/data/location-words.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        kb.FirstNames = DataFiles.ReadLines("Entities/data/first-names.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);
        foreach (var line in DataFiles.ReadLines("Entities/data/positions.txt")) kb.Positions.Add(line.Trim(), line.Trim());
        kb.Surnames = Words("surnames.txt");
        kb.FrenchPlaceHeads = Words("place-heads-fr.txt");
        kb.OrganizationPrefixes = Words("organization-prefixes.txt");
        kb.PersonTitles = Words("person-titles.txt");
        var placeNouns = DataFiles.ReadLines("Entities/data/place-nouns.txt").ToList();
        kb.PlaceNounsAfter = placeNouns[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableHashSet(StringComparer.Ordinal);
        kb.PlaceNounsBefore = placeNouns[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).ToImmutableHashSet(StringComparer.Ordinal);
        var alpha3 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Entities/data/iso-countries.tsv"))
        {
            if (r.Length < 2 || r[0].Length != 2 || r[1].Length != 3) throw new FormatException($"Entities/data/iso-countries.tsv: bad row '{string.Join('\t', r)}'");
            alpha3[r[0]] = r[1];
        }
        var gazetteer = new Dictionary<string, GazetteerPlace>(StringComparer.Ordinal);
        foreach (var (file, r) in DataFiles.ReadTsv("Entities/data/gazetteer.tsv").Select(r => ("gazetteer.tsv", r))
                     .Concat(DataFiles.ReadTsv("Entities/data/region-names.tsv").Select(r => ("region-names.tsv", r))))
        {
            if (r.Length < 3 || r[0].Length == 0) throw new FormatException($"Entities/data/{file}: bad row '{string.Join('\t', r)}'");
            gazetteer[r[0]] = new GazetteerPlace(r[2].EndsWith("-word", StringComparison.Ordinal), alpha3.GetValueOrDefault(r[1]),
                r[2].StartsWith("region", StringComparison.Ordinal), r[2].StartsWith("department", StringComparison.Ordinal));
        }
        kb._gazetteer = gazetteer;
        kb._gazetteerLookup = gazetteer.GetAlternateLookup<ReadOnlySpan<char>>();
        kb.RoleBlockers = DataFiles.ReadLines("Entities/data/role-blockers.txt").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(TextFold.Fold).ToImmutableHashSet(StringComparer.Ordinal);
        kb.Compile();
        return kb;
    }

    static ImmutableHashSet<string> Words(string file) =>
        DataFiles.ReadLines("Entities/data/" + file).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToImmutableHashSet(StringComparer.Ordinal);

    static string RoleKey(KbRole r) => r.Person + "\n" + r.Office + "\n" + r.Of;

    void LoadUser(string dir, Dictionary<string, string?> renames, List<KbRole> roles)
    {
        UserDir = Path.GetFullPath(dir);
        var seenNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var seenQids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in KbFiles.EntityFiles)
            foreach (var (path, line, row) in ReadUserFile(dir, file))
            {
                KbEntity e;
                try { e = KbFiles.ParseEntity(file, row) with { Source = "user" }; }
                catch (FormatException x) { _warnings.Add($"{path}:{line}: {x.Message}"); continue; }
                if (seenNames.Contains(e.Name) || (e.Qid != null && seenQids.Contains(e.Qid)))
                {
                    _warnings.Add($"{path}:{line}: '{e.Name}' ({e.Qid ?? "no id"}) is already in the user KB; skipped");
                    continue;
                }
                seenNames.Add(e.Name);
                if (e.Qid != null) seenQids.Add(e.Qid);
                Put(e, renames);
            }
        foreach (var (path, line, row) in ReadUserFile(dir, KbFiles.Roles))
        {
            KbRole r;
            try { r = KbFiles.ParseRole(row); }
            catch (FormatException x) { _warnings.Add($"{path}:{line}: {x.Message}"); continue; }
            if (renames.TryGetValue(r.Person, out var to) && to != null) r = r with { Person = to };
            if (!_byName.TryGetValue(r.Person, out var p) || p.Type != EntityTypes.Person)
            {
                _warnings.Add($"{path}:{line}: unknown person '{r.Person}'; skipped");
                continue;
            }
            roles.Add(r with { Person = p.Name });
        }
    }

    IEnumerable<(string Path, int Line, string[] Row)> ReadUserFile(string dir, string file)
    {
        var path = Path.Combine(dir, file);
        if (!File.Exists(path)) yield break;
        List<(int, string[])> rows;
        try
        {
            using var reader = new StreamReader(path);
            rows = [.. KbFiles.ReadRows(reader)];
        }
        catch (Exception x) when (x is IOException or UnauthorizedAccessException)
        {
            _warnings.Add($"{path}: cannot be read ({x.Message})");
            yield break;
        }
        foreach (var (line, row) in rows) yield return (path, line, row);
    }

    /// <summary>
    /// Adds a user entry, replacing the entries with its Wikidata id or its name. When a replaced entry is the same
    /// entity (same id, or no id), its names are kept as aliases and its empty columns filled; its roles follow the new
    /// name. A same-named entry with another id is a different entity: it goes, with its roles.
    /// </summary>
    void Put(KbEntity u, Dictionary<string, string?> renames)
    {
        var replaced = new List<KbEntity>();
        if (u.Qid != null && _byQid.TryGetValue(u.Qid, out var sameId)) replaced.Add(sameId);
        if (_byName.TryGetValue(u.Name, out var sameName) && !replaced.Contains(sameName)) replaced.Add(sameName);
        var merged = u;
        foreach (var old in replaced)
        {
            Remove(old);
            bool same = old.Qid == null || u.Qid == null || string.Equals(old.Qid, u.Qid, StringComparison.OrdinalIgnoreCase);
            if (!same)
            {
                renames[old.Name] = null;
                continue;
            }
            if (!string.Equals(old.Name, u.Name, StringComparison.Ordinal)) renames[old.Name] = u.Name;
            var aliases = merged.Aliases.Concat(old.Aliases);
            if (!string.Equals(old.Name, u.Name, StringComparison.OrdinalIgnoreCase)) aliases = aliases.Append(old.Name);
            merged = merged with
            {
                Qid = merged.Qid ?? old.Qid,
                Aliases = [.. aliases.Where(a => !string.Equals(a, u.Name, StringComparison.Ordinal)).Distinct(StringComparer.Ordinal)],
                Demonyms = [.. merged.Demonyms.Concat(old.Demonyms).Distinct(StringComparer.Ordinal)],
                Country = merged.Country ?? old.Country,
                Kind = merged.Kind ?? old.Kind,
                Capital = merged.Capital ?? old.Capital,
                Gender = merged.Gender ?? old.Gender,
            };
        }
        Add(merged);
    }

    void Add(KbEntity e)
    {
        _byName[e.Name] = e;
        if (e.Qid != null) _byQid[e.Qid] = e;
        if (e.IsCountry && !string.IsNullOrEmpty(e.Country)) _countryByIso[e.Country] = e;
    }

    void Remove(KbEntity e)
    {
        if (_byName.TryGetValue(e.Name, out var x) && ReferenceEquals(x, e)) _byName.Remove(e.Name);
        if (e.Qid != null && _byQid.TryGetValue(e.Qid, out x) && ReferenceEquals(x, e)) _byQid.Remove(e.Qid);
        if (e.IsCountry && e.Country != null && _countryByIso.TryGetValue(e.Country, out x) && ReferenceEquals(x, e)) _countryByIso.Remove(e.Country);
    }

    void Compile()
    {
        foreach (var e in _byName.Values)
        {
            Names.Add(e.Name, new NameRef(e, false, false));
            foreach (var a in e.Aliases)
                Names.Add(a, new NameRef(e, false, e.Type == EntityTypes.Person && !a.Contains(' ')));
            foreach (var d in e.Demonyms) Names.Add(d, new NameRef(e, true, false));
        }
        foreach (var r in _roles)
        {
            Index(_rolesByPerson, r.Person, r);
            Index(_rolesByOffice, r.Office + "\n" + r.Of, r);
            Index(_rolesByOf, r.Of, r);
            if (IsHeadOfStateOrGovernment(r.Office)) _leaders.Add(r.Person);
        }

        static void Index(Dictionary<string, List<KbRole>> index, string key, KbRole r) =>
            (index.TryGetValue(key, out var l) ? l : index[key] = []).Add(r);
    }

    public KbEntity? Get(string name) => _byName.GetValueOrDefault(name);
    public KbEntity? GetByQid(string qid) => _byQid.GetValueOrDefault(qid);
    public KbEntity? Country(string iso3) => _countryByIso.GetValueOrDefault(iso3);

    /// <summary>
    /// The entities a name designates: the one with this Wikidata id or canonical name, else every entity with this
    /// name or alias, else every person with this surname (accent- and case-insensitive).
    /// </summary>
    public IReadOnlyList<KbEntity> Lookup(string text)
    {
        var t = text.Trim();
        if (t.Length == 0) return [];
        if (GetByQid(t) is { } byQid) return [byQid];
        if (Get(t) is { } byName) return [byName];
        var q = TextFold.Fold(t);
        var found = _searchIndex.Value.Where(x => x.Folded.Contains(q)).Select(x => x.Entity).OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        if (found.Count == 0 && !q.Contains(' '))
            found = [.. _searchIndex.Value.Where(x => x.Entity.Type == EntityTypes.Person && x.Folded[0].EndsWith(" " + q, StringComparison.Ordinal))
                .Select(x => x.Entity).OrderBy(e => e.Name, StringComparer.Ordinal)];
        return found;
    }

    /// <summary>
    /// Entities whose name or alias matches <paramref name="text"/>, accent- and case-insensitive: a Wikidata id or
    /// an exact name first, then names that start with the text, then names with a word that starts with it, then
    /// names that contain it; ties by name.
    /// </summary>
    public IReadOnlyList<KbEntity> Search(string text, int limit = 20)
    {
        var t = text.Trim();
        var q = TextFold.Fold(t);
        if (q.Length == 0 || limit <= 0) return [];
        static int Score(string n, string q) =>
            n == q ? 4
            : n.StartsWith(q, StringComparison.Ordinal) ? 3
            : n.Contains(" " + q, StringComparison.Ordinal) || n.Contains("-" + q, StringComparison.Ordinal) ? 2
            : n.Contains(q, StringComparison.Ordinal) ? 1 : 0;
        return [.. _searchIndex.Value
            .Select(x => (x.Entity, Score: x.Entity.Qid != null && x.Entity.Qid.Equals(t, StringComparison.OrdinalIgnoreCase) ? 5 : x.Folded.Max(n => Score(n, q))))
            .Where(x => x.Score > 0)
            .OrderByDescending(x => x.Score).ThenBy(x => x.Entity.Name, StringComparer.Ordinal)
            .Take(limit).Select(x => x.Entity)];
    }

    /// <summary>Offices held by a person on a date (all of them when <paramref name="on"/> is null), by start date.</summary>
    public IEnumerable<KbRole> RolesOf(string person, DateOnly? on = null) =>
        _rolesByPerson.TryGetValue(person, out var l) ? l.Where(r => on is null || r.HeldOn(on.Value)).OrderBy(r => r.Start) : [];

    /// <summary>Offices of a country (ISO code) or organisation (name) and who held them, by start date.</summary>
    public IEnumerable<KbRole> RolesIn(string of) =>
        _rolesByOf.TryGetValue(of, out var l) ? l.OrderBy(r => r.Start) : [];

    /// <summary>Every holder of an office (an office name of offices.tsv), by country or organisation, then start date.</summary>
    public IEnumerable<KbRole> RolesOfOffice(string office) =>
        _roles.Where(r => string.Equals(r.Office, office, StringComparison.OrdinalIgnoreCase)).OrderBy(r => r.Of, StringComparer.Ordinal).ThenBy(r => r.Start);

    /// <summary>The offices a word or phrase names: an office name ("prime minister") or one of its phrases ("Premier ministre").</summary>
    public IReadOnlyList<string> FindOffices(string text)
    {
        var q = TextFold.Fold(text.Trim());
        return [.. _offices.Where(o => TextFold.Fold(o.Key) == q || o.Value.Phrases.Any(p => TextFold.Fold(p) == q)).Select(o => o.Key)];
    }

    /// <summary>Who held <paramref name="office"/> of a country (ISO code) or organisation (name) on a date.</summary>
    public KbEntity? HolderOf(string office, string of, DateOnly date)
    {
        if (!_rolesByOffice.TryGetValue(office + "\n" + of, out var l)) return null;
        foreach (var r in l)
            if (r.HeldOn(date)) return _byName[r.Person];
        return null;
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
    public bool IsLeader(KbEntity person) => _leaders.Contains(person.Name);
}

/// <summary>A gazetteer place: whether its name is also a common word, and its country (ISO 3166 alpha-3, or null).</summary>
public readonly record struct GazetteerPlace(bool Common, string? Country, bool Region = false, bool Department = false);
