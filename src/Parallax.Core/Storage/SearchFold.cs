using System.Globalization;
using Parallax.Text;

namespace Parallax.Storage;

/// <summary>
/// Length-preserving folding for store searches: <see cref="TextFold"/> (lower case, apostrophes, quotes,
/// dashes, spaces) plus diacritic removal from the table <c>Storage/data/fold-diacritics.tsv</c>.
/// The table is needed because <c>string.Normalize</c> does nothing under InvariantGlobalization, so
/// TextFold alone leaves "é" as is; with it "Élysée", "ELYSEE" and "elysée" all fold to "elysee".
/// </summary>
public static class SearchFold
{
    static readonly char[] Table = Build();

    static char[] Build()
    {
        var dia = new Dictionary<char, char>();
        foreach (var row in DataFiles.ReadTsv("Storage/data/fold-diacritics.tsv"))
        {
            if (row.Length < 2) continue;
            dia[(char)int.Parse(row[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] =
                (char)int.Parse(row[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        var t = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++)
        {
            char f = TextFold.Fold((char)c);
            t[c] = dia.TryGetValue(f, out var b) ? b : dia.TryGetValue((char)c, out b) ? b : f;
        }
        return t;
    }

    public static char Fold(char c) => Table[c];

    public static string Fold(string text) =>
        string.Create(text.Length, text, static (dst, src) =>
        {
            for (int i = 0; i < src.Length; i++) dst[i] = Table[src[i]];
        });
}
