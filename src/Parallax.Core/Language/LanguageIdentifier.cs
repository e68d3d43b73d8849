using Parallax.Text;

namespace Parallax.Language;

/// <summary>
/// Identifies a text's language by counting the frequent function words of each language
/// (Language/data/function-words.tsv). Returns an ISO 639-1 code, or "und" when too little evidence.
/// </summary>
public static class LanguageIdentifier
{
    static readonly Lazy<Dictionary<string, HashSet<string>>> Words = new(() =>
        DataFiles.ReadTsv("Language/data/function-words.tsv").ToDictionary(r => r[0], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Fold).ToHashSet()));

    public static string Identify(string text, int maxChars = 5000)
    {
        var counts = new Dictionary<string, int>();
        var span = text.AsSpan(0, Math.Min(text.Length, maxChars));
        var folded = TextFold.Fold(span);
        int i = 0, words = 0;
        // Cyrillic script decides by itself between Russian and Ukrainian letters
        int cyr = 0, ukr = 0;
        foreach (var c in span) { if (c is >= '\u0400' and <= '\u04FF') { cyr++; if (c is 'і' or 'ї' or 'є' or 'ґ') ukr++; } }
        if (cyr > span.Length / 4) return ukr > 0 ? "uk" : "ru";
        while (i < folded.Length)
        {
            while (i < folded.Length && !TextFold.IsWordChar(folded[i])) i++;
            int s = i;
            while (i < folded.Length && TextFold.IsWordChar(folded[i])) i++;
            if (i <= s) continue;
            words++;
            var w = folded[s..i];
            foreach (var (lang, set) in Words.Value)
                if (set.Contains(w)) counts[lang] = counts.GetValueOrDefault(lang) + 1;
        }
        if (counts.Count == 0) return "und";
        var best = counts.MaxBy(kv => kv.Value);
        return best.Value >= 2 && best.Value * 20 >= words ? best.Key : "und";
    }
}
