using Parallax.Model;

namespace Parallax.Entities.Ner;

/// <summary>A sentence as the mention model sees it: token spans into a text, with their gazetteer codes and word flags.</summary>
public readonly ref struct NerSentence(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<byte> gazetteer, ReadOnlySpan<NerLexicons.Word> flags, int language)
{
    public readonly string Text = text;
    public readonly ReadOnlySpan<Token> Tokens = tokens;
    public readonly ReadOnlySpan<byte> Gazetteer = gazetteer;
    public readonly ReadOnlySpan<NerLexicons.Word> Flags = flags;
    /// <summary>0 unknown, 1 French, 2 English.</summary>
    public readonly int Language = language;
    public int Length => Tokens.Length;
    public ReadOnlySpan<char> Word(int i) => Text.AsSpan(Tokens[i].Start, Tokens[i].Length);
}

/// <summary>
/// Token features of the mention model, hashed (FNV-1a over the template number and the characters, no strings
/// built) into a table of 2^bits rows: the word in lower case, its shape ("Xxxx", "XX", "dd") and short shape,
/// prefixes and suffixes of 1–4 letters, the words and short shapes of the neighbours (two each side), word bigrams,
/// sentence position, word length, language, and from <see cref="NerLexicons"/> the gazetteer codes of the token and
/// its neighbours and their word flags (given name, title, role noun, office, organisation word, not a name).
/// </summary>
public static class NerFeatures
{
    /// <summary>Changes whenever the features change: a model trained with other features is refused.</summary>
    public const int Version = 1;
    public const int MaxPerToken = 64;

    public static int LanguageCode(string? lang) => Language.LanguageCodes.Primary(lang) switch { "fr" => 1, "en" => 2, _ => 0 };

    const uint Prime = 16777619;

    static uint Start(int template) => 2166136261u ^ ((uint)template * 0x9E3779B9u);
    static uint Add(uint h, uint v) => (h ^ v) * Prime;

    static int Finish(uint h, int mask)
    {
        h ^= h >> 16; h *= 0x85EBCA6B; h ^= h >> 13; h *= 0xC2B2AE35; h ^= h >> 16;
        return (int)(h & (uint)mask);
    }

    static uint Lower(uint h, ReadOnlySpan<char> w)
    {
        foreach (var c in w) h = Add(h, char.ToLowerInvariant(c));
        return h;
    }

    static char ShapeOf(char c) => char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    static uint Shape(uint h, ReadOnlySpan<char> w, bool collapse)
    {
        char last = '\0';
        int n = 0;
        foreach (var c in w)
        {
            var s = ShapeOf(c);
            if (collapse && s == last) continue;
            if (!collapse && s == last && ++n >= 4) continue;
            if (s != last) n = 0;
            h = Add(h, s);
            last = s;
        }
        return h;
    }

    /// <summary>Writes the feature rows of token <paramref name="i"/> into <paramref name="dst"/> (at least <see cref="MaxPerToken"/> long); returns how many.</summary>
    public static int Extract(in NerSentence s, int i, int mask, Span<int> dst)
    {
        int n = 0;
        var w = s.Word(i);
        void Put(Span<int> d, uint h) => d[n++] = Finish(h, mask);
        Put(dst, Start(0));
        Put(dst, Lower(Start(1), w));
        Put(dst, Shape(Start(2), w, false));
        Put(dst, Shape(Start(3), w, true));
        for (int k = 1; k <= 3 && k < w.Length; k++) Put(dst, Lower(Start(3 + k), w[..k]));
        for (int k = 1; k <= 4 && k < w.Length; k++) Put(dst, Lower(Start(6 + k), w[^k..]));
        for (int d = -2; d <= 2; d++)
        {
            if (d == 0) continue;
            int j = i + d;
            int t = d switch { -1 => 11, 1 => 12, -2 => 13, _ => 14 };
            Put(dst, j < 0 ? Add(Start(t), 1) : j >= s.Length ? Add(Start(t), 2) : Lower(Add(Start(t), 3), s.Word(j)));
            if (d is -1 or 1)
                Put(dst, j < 0 ? Add(Start(t + 4), 1) : j >= s.Length ? Add(Start(t + 4), 2) : Shape(Add(Start(t + 4), 3), s.Word(j), true));
        }
        Put(dst, Shape(Add(Start(17), i == 0 ? 1u : 0u), w, true));
        for (int d = -1; d <= 1; d++)
        {
            int j = i + d;
            uint g = j < 0 || j >= s.Length ? 255u : s.Gazetteer[j];
            Put(dst, Add(Start(19 + d), g));
            uint f = j < 0 || j >= s.Length ? 0u : (uint)s.Flags[j];
            for (int b = 0; b < 6; b++)
                if ((f & (1u << b)) != 0) Put(dst, Add(Start(22 + d), (uint)b));
        }
        Put(dst, Add(Start(24), (uint)s.Language));
        Put(dst, Lower(Add(Lower(Start(25), i > 0 ? s.Word(i - 1) : "<s>"), '|'), w));
        Put(dst, Lower(Add(Lower(Start(26), w), '|'), i + 1 < s.Length ? s.Word(i + 1) : "</s>"));
        Put(dst, Shape(Add(Start(27), s.Gazetteer[i]), w, true));
        Put(dst, Add(Start(28), (uint)Math.Min(w.Length, 12)));
        // the previous two tokens are a title and its full stop ("M. Dupont", "Dr. Smith")
        if (i >= 2 && (s.Flags[i - 2] & NerLexicons.Word.Title) != 0 && s.Word(i - 1) is ".") Put(dst, Start(29));
        // capitalised and not at the sentence start, with the word flags of the token
        Put(dst, Add(Add(Start(30), i == 0 ? 1u : 0u), (uint)s.Flags[i]));
        return n;
    }
}
