using Parallax.Text;

namespace Parallax.Extraction;

/// <summary>
/// Reads a publication date from a short header line of a page ("Publié le 12 février 2025 à 10h",
/// "February 12, 2025", "12/02/2025", "2025-02-12", "22 de outubro de 2010"). Month names come from
/// Extraction/data/months.tsv (fr, en, pt, es, it, de, ru), connectors, weekdays and time words from date-words.tsv.
/// Numeric d/m/y dates are read day-first (European order) unless the first number exceeds 12 in second place.
/// </summary>
public static class DateLine
{
    static readonly Dictionary<string, int> Months = LoadMonths();
    static readonly Dictionary<string, string> Words = LoadWords();

    static Dictionary<string, string> LoadWords()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("Extraction/data/date-words.tsv"))
            if (row.Length >= 2) d.TryAdd(TextFold.Fold(row[1].Trim()), row[0].Trim());
        return d;
    }

    /// <summary>
    /// A line that is only a date (and maybe a weekday and a time): "13 Aug", "Monday, Nov. 18, 2019 8:21 am ET",
    /// "sexta-feira, 22 de outubro de 2010 às 20:13", "12/02/2025". Such a line is never article text.
    /// </summary>
    public static bool IsDateOnly(string line)
    {
        if (line.Length > 80) return false;
        var f = TextFold.Fold(line);
        bool month = false, number = false;
        int i = 0;
        while (i < f.Length)
        {
            if (char.IsAsciiDigit(f[i]))
            {
                if (TryNumeric(f, i, out _)) return AllDateWords(f);
                int j = i;
                while (j < f.Length && char.IsAsciiDigit(f[j])) j++;
                if (j - i > 4) return false;
                number = true;
                i = j;
            }
            else if (char.IsLetter(f[i]))
            {
                int j = i;
                while (j < f.Length && char.IsLetter(f[j])) j++;
                var w = f[i..j];
                if (Months.ContainsKey(w)) month = true;
                else if (!Words.ContainsKey(w)) return false;
                i = j;
            }
            else i++;
        }
        return month && number;
    }

    static bool AllDateWords(string f)
    {
        int i = 0;
        while (i < f.Length)
        {
            if (!char.IsLetter(f[i])) { i++; continue; }
            int j = i;
            while (j < f.Length && char.IsLetter(f[j])) j++;
            var w = f[i..j];
            if (!Months.ContainsKey(w) && !Words.ContainsKey(w)) return false;
            i = j;
        }
        return true;
    }

    static Dictionary<string, int> LoadMonths()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in DataFiles.ReadTsv("Extraction/data/months.tsv"))
            if (row.Length >= 2 && int.TryParse(row[1], out int m))
                d[TextFold.Fold(row[0])] = m;
        return d;
    }

    /// <summary>The first date found in a short line, or null.</summary>
    public static DateOnly? TryParse(string line)
    {
        if (line.Length > 200) return null;
        var f = TextFold.Fold(line);
        // Tokenise into words and numbers.
        var toks = new List<(string Text, bool Num, int End)>();
        int i = 0;
        while (i < f.Length)
        {
            if (char.IsAsciiDigit(f[i]))
            {
                int j = i;
                while (j < f.Length && char.IsAsciiDigit(f[j])) j++;
                toks.Add((f[i..j], true, j));
                // Numeric date d/m/y or y-m-d directly here.
                if (TryNumeric(f, i, out var nd)) return nd;
                i = j;
            }
            else if (char.IsLetter(f[i]))
            {
                int j = i;
                while (j < f.Length && char.IsLetter(f[j])) j++;
                var w = f[i..j];
                // Connectors ("22 de outubro de 2010", "1er", "3rd") are skipped.
                if (!(Words.TryGetValue(w, out var kind) && kind == "connector")) toks.Add((w, false, j));
                i = j;
            }
            else i++;
        }
        for (int k = 0; k < toks.Count; k++)
        {
            if (toks[k].Num || !Months.TryGetValue(toks[k].Text, out int month)) continue;
            // "12 février 2025" / "1er février 2025"
            if (k >= 1 && k + 1 < toks.Count && toks[k + 1].Num && toks[k + 1].Text.Length == 4)
            {
                int dk = k - 1;
                if (toks[dk].Num && Make(toks[k + 1].Text, month, toks[dk].Text) is { } d1) return d1;
            }
            // "February 12, 2025"
            if (k + 2 < toks.Count && toks[k + 1].Num && toks[k + 1].Text.Length <= 2)
            {
                int yk = k + 2;
                if (toks[yk].Num && toks[yk].Text.Length == 4 && Make(toks[yk].Text, month, toks[k + 1].Text) is { } d2) return d2;
            }
        }
        return null;
    }

    static bool TryNumeric(string f, int i, out DateOnly? date)
    {
        date = null;
        // yyyy-mm-dd
        if (i + 10 <= f.Length && f[i + 4] is '-' or '/' or '.' && f[i + 7] == f[i + 4] && AllDigits(f, i, 4) && AllDigits(f, i + 5, 2) && AllDigits(f, i + 8, 2))
        {
            date = Make(f.Substring(i, 4), int.Parse(f.AsSpan(i + 5, 2)), f.Substring(i + 8, 2));
            return date is not null;
        }
        // dd/mm/yyyy or dd.mm.yyyy
        int a = i;
        while (a < f.Length && char.IsAsciiDigit(f[a])) a++;
        if (a - i is < 1 or > 2 || a >= f.Length || f[a] is not ('/' or '.' or '-')) return false;
        char sep = f[a];
        int b = a + 1;
        while (b < f.Length && char.IsAsciiDigit(f[b])) b++;
        if (b - a - 1 is < 1 or > 2 || b >= f.Length || f[b] != sep) return false;
        int c = b + 1;
        while (c < f.Length && char.IsAsciiDigit(f[c])) c++;
        if (c - b - 1 != 4) return false;
        int x = int.Parse(f.AsSpan(i, a - i)), y = int.Parse(f.AsSpan(a + 1, b - a - 1));
        var year = f.Substring(b + 1, 4);
        date = y > 12 && x <= 12 ? Make(year, x, y.ToString()) : Make(year, y, x.ToString());
        return date is not null;
    }

    static bool AllDigits(string s, int i, int n)
    {
        for (int k = i; k < i + n; k++) if (!char.IsAsciiDigit(s[k])) return false;
        return true;
    }

    static DateOnly? Make(string year, int month, string day)
    {
        if (!int.TryParse(year, out int y) || !int.TryParse(day, out int d)) return null;
        if (y < 1900 || y > 2100 || month < 1 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month)) return null;
        return new DateOnly(y, month, d);
    }
}
