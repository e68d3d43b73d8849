using Parallax.Text;

namespace Parallax.Events;

/// <summary>One war: the place fought over, its belligerents (knowledge-base names) and its dates.</summary>
public sealed record War(string Theatre, IReadOnlyList<string> Belligerents, DateOnly From, DateOnly? To)
{
    /// <summary>Whether the war was being fought on <paramref name="day"/> (without a day: whether it still is).</summary>
    public bool FoughtOn(DateOnly? day) => day is { } d ? d >= From && (To == null || d <= To) : To == null;
}

/// <summary>
/// The words of calls to end a war and the wars themselves (Events/data/hostilities.tsv): what the Events stage needs
/// to address a call for a ceasefire that names no one to the belligerents.
/// </summary>
public sealed class Hostilities
{
    /// <summary>Nouns of the end of fighting; value: (language, whether the noun needs no fighting noun after it).</summary>
    public PhraseMatcher<(string Lang, bool Alone)> Ends { get; } = new();
    /// <summary>Nouns of fighting ("hostilités", "war"); value: language.</summary>
    public PhraseMatcher<string> Fighting { get; } = new();
    /// <summary>Verbs that voice a wish ("a exprimé", "voiced"); value: language.</summary>
    public PhraseMatcher<string> Voice { get; } = new();
    public IReadOnlyList<War> Wars { get; }

    static readonly Lazy<Hostilities> Bundled = new(() => new Hostilities(DataFiles.ReadTsv("Events/data/hostilities.tsv")));
    public static Hostilities Default => Bundled.Value;

    public Hostilities(IEnumerable<string[]> rows)
    {
        var wars = new List<War>();
        foreach (var r in rows)
        {
            string Where() => $"Events/data/hostilities.tsv: '{string.Join('\t', r)}'";
            switch (r[0])
            {
                case "end" when r.Length >= 3: Ends.Add(r[2], (r[1], r.Length > 3 && r[3] == "alone")); break;
                case "fighting" when r.Length >= 3: Fighting.Add(r[2], r[1]); break;
                case "voice" when r.Length >= 3: Voice.Add(r[2], r[1]); break;
                case "war" when r.Length >= 4:
                    if (!DateOnly.TryParseExact(r[3], "yyyy-MM-dd", out var from)) throw new FormatException($"{Where()}: bad start date");
                    DateOnly? to = null;
                    if (r.Length > 4 && r[4].Length > 0)
                        to = DateOnly.TryParseExact(r[4], "yyyy-MM-dd", out var t) ? t : throw new FormatException($"{Where()}: bad end date");
                    var sides = r[2].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (sides.Length < 2) throw new FormatException($"{Where()}: a war needs two belligerents");
                    wars.Add(new War(r[1], sides, from, to));
                    break;
                default: throw new FormatException($"{Where()}: expected end, fighting, voice or war with its columns");
            }
        }
        Wars = wars;
    }
}
