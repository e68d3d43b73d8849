using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// French people's names used as nouns for a speaker ("a reconnu l’Italien", "L’Américaine … a salué", "la Française a
/// promis"): once the text has tied a person to one people's name, another people's name points to someone else.
/// </summary>
public sealed partial class SpeakerCoref
{
    /// <summary>The country of each French and English demonym form of <c>Entities/data/countries.tsv</c> (folded).</summary>
    static readonly Lazy<Dictionary<string, string>> DemonymCountries = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in DataFiles.ReadTsv("Entities/data/countries.tsv"))
        {
            if (r.Length <= 4 || r[1].Length == 0) continue;
            foreach (var d in r[4].Split('|', StringSplitOptions.RemoveEmptyEntries))
                if (!d.Contains(' ')) map.TryAdd(TextFold.Fold(d), r[1]);
        }
        return map;
    });

    /// <summary>Whether a folded word is a singular demonym of a country ("americaine", "italien").</summary>
    internal static bool IsCountryDemonym(ReadOnlySpan<char> word) => Demonyms.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"L’Américaine", "le Français": a definite article and one capitalised singular demonym of a country, alone.</summary>
    internal static bool IsPeopleNoun(string text, string folded, int from, int to)
    {
        var w = folded.AsSpan(from, to - from);
        int skip = w.StartsWith("l'") ? 2 : w.StartsWith("le ") || w.StartsWith("la ") ? 3 : 0;
        return skip > 0 && from + skip < to && char.IsUpper(text[from + skip]) && !w[skip..].Contains(' ') && IsCountryDemonym(w[skip..]);
    }

    /// <summary>The country whose regions' people a French regional name stands for ("le Toulousain", "la Dijonnaise"):
    /// Quotes/data/demonym-home-fr.txt.</summary>
    static readonly Lazy<string> HomeCountry = new(() => DataFiles.ReadLines("Quotes/data/demonym-home-fr.txt").Select(l => l.Trim()).First(l => l.Length > 0));

    /// <summary>The country a people's name stands for: a country's demonym, or the home country for a regional name; null
    /// for any other word.</summary>
    static string? DemonymCountry(string word) =>
        DemonymCountries.Value.TryGetValue(word, out var c) ? c : IsDemonymForm(word) ? HomeCountry.Value : null;

    /// <summary>The people's name each person referent has been given so far (key: entity id, else the folded name).</summary>
    readonly Dictionary<string, string> _demonymTies = new(StringComparer.Ordinal);

    string ReferentKey(Referent r) => r.Id ?? _folded[r.Start..r.End];

    /// <summary>Whether a pointer is a people's name used as a noun ("l’Italien", "la Dijonnaise"); its country, else null.</summary>
    string? PointerCountry(Pointer p)
    {
        if (p.Group || p.Head is not { } head || _doc.Language != "fr") return null;
        int at = p.End - head.Length;
        if (at < 0 || !char.IsUpper(_doc.Text[at])) return null;
        return DemonymCountry(head);
    }

    /// <summary>
    /// Whether a person referent was tied to a people's name of another country than the pointer's: given that name by a
    /// quote resolved before ("a confié l’Espagnol" for Carlos Alcaraz), or introduced with it ("la Néerlandaise Demi
    /// Vollering").
    /// </summary>
    bool OtherPeople(Referent r, string country)
    {
        if (r.Group) return false;
        if (_demonymTies.TryGetValue(ReferentKey(r), out var tied)) return tied != country;
        // the people's name any mention of the same person was introduced with
        if (r.Id == null) return IntroducedPeople(r) is { } own && own != country;
        foreach (var x in _referents!)
            if (x.Id == r.Id && IntroducedPeople(x) is { } c) return c != country;
        return false;
    }

    /// <summary>The country of the people's name a mention was introduced with: right before it ("la Néerlandaise Demi
    /// Vollering", "l’Espagnol Carlos Alcaraz") or read by the Entities stage as part of it ("L’Allemande Angelique Kerber").</summary>
    string? IntroducedPeople(Referent r)
    {
        int sp = _folded.IndexOf(' ', r.Start, r.End - r.Start);
        if (sp > 0 && IsPeopleNoun(_doc.Text, _folded, r.Start, sp))
            return DemonymCountries.Value.GetValueOrDefault(_folded[(_folded[r.Start + 1] == '\'' ? r.Start + 2 : r.Start + 3)..sp]);
        if (r.Start < 4) return null;
        int e = r.Start - 1;
        while (e > 0 && _doc.Text[e] == ' ') e--;
        int s = e;
        while (s > 0 && TextFold.IsWordChar(_folded[s - 1])) s--;
        if (s > e || s < 2 || !char.IsUpper(_doc.Text[s])) return null;
        var det = _folded.AsSpan(Math.Max(0, s - 3), s - Math.Max(0, s - 3));
        if (!(det.EndsWith("l'") || det.EndsWith("le ") || det.EndsWith("la "))) return null;
        return DemonymCountries.Value.GetValueOrDefault(_folded[s..(e + 1)]);
    }

    /// <summary>The antecedent of a pointer; a people's name skips the people the text tied to another people's name, and
    /// ties the person it finds to its own.</summary>
    Referent? PeopleAntecedent(Pointer p, Quote q)
    {
        var country = PointerCountry(p);
        var r = country == null ? Antecedent(_folded, _referents!, p, q) : Antecedent(_folded, _referents!, p, q, x => OtherPeople(x, country));
        if (country != null && r is { Group: false } found) _demonymTies.TryAdd(ReferentKey(found), country);
        return r;
    }
}
