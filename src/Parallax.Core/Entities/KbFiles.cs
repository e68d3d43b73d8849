using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// The knowledge base's tab-separated files: how a row is read and written. One format for the bundled KB
/// (<c>Entities/data/</c>), a user KB folder and <c>parallax kb import</c>.
/// </summary>
public static partial class KbFiles
{
    public const string Countries = "countries.tsv";
    public const string Places = "places.tsv";
    public const string Organizations = "organizations.tsv";
    public const string People = "people.tsv";
    public const string Roles = "roles.tsv";

    /// <summary>The entity files, in load order (countries first: places and people refer to them).</summary>
    public static readonly ImmutableArray<string> EntityFiles = [Countries, Places, Organizations, People];

    /// <summary>The column comment written at the top of each file.</summary>
    public static string Header(string file) => file switch
    {
        Countries => "# Countries. Columns: qid  iso3  english name  other names (fr|en, '|'-separated)  demonyms ('|'-separated)  capital (english name)",
        Places => "# Cities, regions and other places. Columns: qid  name  country (iso3)  other names ('|'-separated)  kind (city|capital|region|building)",
        Organizations => "# Organisations, institutions, media. Columns: qid  name  country (iso3 or empty)  other names ('|'-separated)  kind (government|igo|ngo|media|agency|company|party|platform|armed)",
        People => "# People. Columns: qid  name  country (iso3)  other names ('|'-separated)  gender (m|f)",
        Roles => "# Dated offices. Columns: person (name as in people.tsv)  office  country (iso3 or organisation name)  start  end (empty: current)",
        _ => throw new ArgumentException($"not a knowledge-base file: {file}", nameof(file)),
    };

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex QidPattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex IsoPattern();

    public static bool IsQid(string s) => QidPattern().IsMatch(s);

    /// <summary>Reads one row of an entity file.</summary>
    /// <exception cref="FormatException">the row lacks a name, has a malformed Wikidata id or ISO code.</exception>
    public static KbEntity ParseEntity(string file, string[] r)
    {
        var qid = Null(At(r, 0));
        if (qid != null && !IsQid(qid)) throw new FormatException($"'{qid}' is not a Wikidata id (Q followed by digits)");
        KbEntity e = file switch
        {
            Countries => new KbEntity
            {
                Qid = qid, Country = At(r, 1), Name = At(r, 2), Type = EntityTypes.Location, Kind = "country",
                Aliases = Split(At(r, 3)), Demonyms = Split(At(r, 4)), Capital = Null(At(r, 5)),
            },
            Places => new KbEntity { Qid = qid, Name = At(r, 1), Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Location, Kind = Null(At(r, 4)) },
            Organizations => new KbEntity { Qid = qid, Name = At(r, 1), Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Organization, Kind = Null(At(r, 4)) },
            People => new KbEntity { Qid = qid, Name = At(r, 1), Country = Null(At(r, 2)), Aliases = Split(At(r, 3)), Type = EntityTypes.Person, Gender = Null(At(r, 4)) },
            _ => throw new ArgumentException($"not a knowledge-base entity file: {file}", nameof(file)),
        };
        if (e.Name.Length == 0) throw new FormatException("no name");
        if (e.Country != null && !IsoPattern().IsMatch(e.Country))
            throw new FormatException($"'{e.Country}' is not an ISO 3166-1 alpha-3 country code");
        return e;
    }

    /// <summary>The file an entity belongs in.</summary>
    public static string FileOf(KbEntity e) =>
        e.IsCountry ? Countries : e.Type switch { EntityTypes.Person => People, EntityTypes.Organization => Organizations, _ => Places };

    /// <summary>One row of the entity's file, without the line break.</summary>
    public static string FormatEntity(KbEntity e)
    {
        string C(string? s) => Clean(s ?? "");
        string[] cols = FileOf(e) switch
        {
            Countries => [C(e.Qid), C(e.Country), C(e.Name), Join(e.Aliases), Join(e.Demonyms), C(e.Capital)],
            People => [C(e.Qid), C(e.Name), C(e.Country), Join(e.Aliases), C(e.Gender)],
            _ => [C(e.Qid), C(e.Name), C(e.Country), Join(e.Aliases), C(e.Kind)],
        };
        return string.Join('\t', cols);
    }

    /// <summary>Reads one row of <c>roles.tsv</c>.</summary>
    /// <exception cref="FormatException">a column is missing or a date is not yyyy-MM-dd (or yyyy-MM).</exception>
    public static KbRole ParseRole(string[] r)
    {
        if (At(r, 0).Length == 0 || At(r, 1).Length == 0 || At(r, 2).Length == 0) throw new FormatException("a role needs a person, an office and a country or organisation");
        return new KbRole(r[0], r[1], r[2], Date(At(r, 3)) ?? throw new FormatException("a role needs a start date"), Date(At(r, 4)));
    }

    public static string FormatRole(KbRole r) =>
        string.Join('\t', Clean(r.Person), Clean(r.Office), Clean(r.Of), r.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.End?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");

    /// <summary>
    /// A role date: <c>yyyy-MM-dd</c>, or <c>yyyy-MM</c> where only the month is known (read as the month's first day).
    /// </summary>
    static DateOnly? Date(string s)
    {
        if (s.Length == 0) return null;
        if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
        if (s.Length == 7 && DateOnly.TryParseExact(s + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d)) return d;
        throw new FormatException($"'{s}' is not a date in the form yyyy-MM-dd (or yyyy-MM when only the month is known)");
    }

    /// <summary>
    /// The rows of a KB file with their line numbers: tab-separated, trimmed, without blank lines and
    /// '#' comments (a row may start with an empty column).
    /// </summary>
    public static IEnumerable<(int Line, string[] Row)> ReadRows(TextReader reader)
    {
        int n = 0;
        while (reader.ReadLine() is { } line)
        {
            n++;
            if (line.Trim().Length == 0 || line.TrimStart()[0] == '#') continue;
            yield return (n, line.TrimEnd('\r', '\n', ' ').Split('\t', StringSplitOptions.TrimEntries));
        }
    }

    /// <summary>Writes a KB file: the column header, then the rows, atomically (a temporary file moved into place).</summary>
    public static void Write(string path, string file, IEnumerable<string> rows)
    {
        var tmp = path + ".tmp";
        using (var w = new StreamWriter(tmp, false, new UTF8Encoding(false)))
        {
            w.NewLine = "\n";
            w.WriteLine(Header(file));
            foreach (var row in rows) w.WriteLine(row);
        }
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>A value that cannot break the format: no tabs, line breaks or '|' separators; spaces collapsed.</summary>
    public static string Clean(string s)
    {
        if (s.AsSpan().IndexOfAny("\t\r\n|\u2028\u2029") < 0 && !s.Contains("  ", StringComparison.Ordinal)) return s.Trim();
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            var k = c is '\t' or '\r' or '\n' or '\u2028' or '\u2029' ? ' ' : c == '|' ? '/' : c;
            if (k == ' ' && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(k);
        }
        return sb.ToString().Trim();
    }

    static string Join(ImmutableArray<string> values) =>
        values.IsDefaultOrEmpty ? "" : string.Join('|', values.Select(Clean).Where(v => v.Length > 0));

    static string At(string[] r, int i) => i < r.Length ? r[i] : "";
    static string? Null(string s) => s.Length == 0 ? null : s;
    static ImmutableArray<string> Split(string s) => [.. s.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
