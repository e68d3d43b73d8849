using Parallax.Text;

namespace Parallax.Time;

/// <summary>
/// The folding the time grammar matches on: <see cref="TextFold"/> (case, apostrophes, dashes, spaces) plus
/// removal of the diacritics of Latin letters, so that "fevrier", "derniere" and "apres-midi" written without
/// accents still match. Length-preserving (one char for one char), so offsets stay valid. Done here with an
/// explicit table because TextFold's diacritic removal relies on Unicode normalisation, which is a no-op
/// when the runtime runs with InvariantGlobalization.
/// </summary>
internal static class TimeFold
{
    static readonly char[] Table = Build();

    static char[] Build()
    {
        var t = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) t[c] = (char)c;
        void Map(string from, char to)
        {
            foreach (var ch in from) { t[ch] = to; t[char.ToUpperInvariant(ch)] = char.ToUpperInvariant(to); }
        }
        Map("àáâãäåāăą", 'a');
        Map("çćĉċč", 'c');
        Map("ďđ", 'd');
        Map("èéêëēĕėęě", 'e');
        Map("ĝğġģ", 'g');
        Map("ìíîïĩīĭįı", 'i');
        Map("ñńņňŉ", 'n');
        Map("òóôõöøōŏő", 'o');
        Map("ŕŗř", 'r');
        Map("śŝşš", 's');
        Map("ţťŧ", 't');
        Map("ùúûüũūŭůűų", 'u');
        Map("ýÿŷ", 'y');
        Map("źżž", 'z');
        return t;
    }

    /// <summary>Removes diacritics only (keeps case): used on lexicon phrases before they are registered.</summary>
    public static string Strip(string s) =>
        string.Create(s.Length, s, static (dst, src) => { for (int i = 0; i < src.Length; i++) dst[i] = Table[src[i]]; });

    // TextFold's table then this one, composed: one pass and one string instead of two
    static readonly char[] Folding = BuildFolding();

    static char[] BuildFolding()
    {
        var t = new char[char.MaxValue + 1];
        for (int c = 0; c <= char.MaxValue; c++) t[c] = Table[TextFold.Fold((char)c)];
        return t;
    }

    // the last whole text folded on this thread: the events stage asks for the document's folding once per event
    [ThreadStatic] static string? t_text, t_folded;

    /// <summary>The text folded for matching: <see cref="TextFold.Fold(string)"/> then diacritics removed.</summary>
    public static string Fold(string text)
    {
        if (t_text is not null && ReferenceEquals(text, t_text)) return t_folded!;
        var folded = string.Create(text.Length, text, static (dst, src) =>
        {
            var table = Folding;
            for (int i = 0; i < src.Length; i++) dst[i] = table[src[i]];
        });
        if (text.Length >= 256) (t_text, t_folded) = (text, folded);
        return folded;
    }
}
