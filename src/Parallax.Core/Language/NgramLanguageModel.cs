using System.Runtime.Intrinsics;

using System.Runtime.InteropServices;

namespace Parallax.Language;

/// <summary>A language guess: the best language, its posterior probability, and the runner-up.</summary>
public readonly record struct LanguageGuess(string Language, double Confidence, string? RunnerUp);

/// <summary>
/// A character n-gram language identifier (multinomial naive Bayes over 1- to 4-grams of lower-cased text, words
/// padded with a space on each side), trained by Parallax from sentences it ships
/// (<c>Language/data/langid/train/&lt;lang&gt;.txt</c>) or from text a user provides.
/// <para>
/// N-grams are packed into a 64-bit key (four UTF-16 code units of 16 bits), so scoring a text walks it once with a
/// rolling key and a dictionary lookup per n-gram, without allocating. Letters are lower-cased; digits and
/// punctuation are word boundaries; diacritics are kept (they are among the strongest cues: ç, ñ, ã, ß, ї).
/// </para>
/// </summary>
public sealed class NgramLanguageModel
{
    public const int MaxOrder = 4;

    readonly string[] _languages;
    // per order (index 1..4): packed n-gram → log P(n-gram | language), as one open-addressing table per order (read a
    // dozen thousand times a page: one multiply, a probe or two in a flat key array, the row read from one flat array)
    readonly NgramTable[] _logProb;
    readonly float[][] _unseen;                      // per order, per language: log-probability of an unseen n-gram

    NgramLanguageModel(string[] languages, Dictionary<ulong, float[]>[] logProb, float[][] unseen)
    {
        _languages = languages;
        _logProb = [.. logProb.Select(d => new NgramTable(d, languages.Length))];
        _unseen = unseen;
    }

    public IReadOnlyList<string> Languages => _languages;

    /// <summary>Number of distinct n-grams the model keeps.</summary>
    public int Features => _logProb.Skip(1).Sum(d => d.Count);

    /// <summary>
    /// A read-only hash table from packed n-gram keys (never 0: an n-gram holds at least one non-zero code unit) to rows
    /// of per-language log-probabilities: linear probing over a power-of-two key array at most half full, the rows in one
    /// flat array (row i at i × languages).
    /// </summary>
    sealed class NgramTable
    {
        readonly ulong[] _keys;
        readonly float[] _rows;
        readonly int _shift, _width;
        public int Count { get; }

        public NgramTable(Dictionary<ulong, float[]> entries, int width)
        {
            int bits = 1;
            while ((1 << bits) < entries.Count * 2) bits++;
            _keys = new ulong[1 << bits];
            _rows = new float[(1 << bits) * width];
            _shift = 64 - bits;
            _width = width;
            Count = entries.Count;
            foreach (var (key, row) in entries)
            {
                int slot = Slot(key);
                while (_keys[slot] != 0) slot = (slot + 1) & (_keys.Length - 1);
                _keys[slot] = key;
                row.AsSpan(0, width).CopyTo(_rows.AsSpan(slot * width, width));
            }
        }

        int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

        /// <summary>The row of <paramref name="key"/>, or an empty span.</summary>
        public ReadOnlySpan<float> Find(ulong key)
        {
            var keys = _keys;
            int mask = keys.Length - 1;
            for (int slot = Slot(key); ; slot = (slot + 1) & mask)
            {
                ulong k = keys[slot];
                if (k == key) return new ReadOnlySpan<float>(_rows, slot * _width, _width);
                if (k == 0) return default;
            }
        }
    }

    /// <summary>
    /// Trains a model. Each sample is (language code, text); any number of samples per language.
    /// N-grams seen fewer than <paramref name="minCount"/> times over all languages are dropped;
    /// <paramref name="alpha"/> is the additive smoothing.
    /// </summary>
    public static NgramLanguageModel Train(IEnumerable<(string Language, string Text)> samples, int minCount = 2, double alpha = 0.5)
    {
        var langIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new Dictionary<ulong, int[]>[MaxOrder + 1];
        for (int o = 1; o <= MaxOrder; o++) counts[o] = [];
        var totals = new List<long[]>(); // per language, per order
        foreach (var (lang, text) in samples)
        {
            if (!langIndex.TryGetValue(lang, out int li))
            {
                li = langIndex[lang] = langIndex.Count;
                totals.Add(new long[MaxOrder + 1]);
            }
            var ngrams = new NgramWalker(text);
            while (ngrams.MoveNext(out var key, out int o))
            {
                ref var arr = ref CollectionsMarshal.GetValueRefOrAddDefault(counts[o], key, out _);
                if (arr == null || arr.Length <= li) Array.Resize(ref arr, li + 1);
                arr[li]++;
                totals[li][o]++;
            }
        }
        int n = langIndex.Count;
        if (n == 0) throw new ArgumentException("no training text", nameof(samples));
        var languages = langIndex.OrderBy(kv => kv.Value).Select(kv => kv.Key).ToArray();
        var logProb = new Dictionary<ulong, float[]>[MaxOrder + 1];
        var unseen = new float[MaxOrder + 1][];
        logProb[0] = [];
        unseen[0] = new float[n];
        for (int o = 1; o <= MaxOrder; o++)
        {
            long vocab = counts[o].Values.LongCount(a => a.Sum() >= minCount) + 1;
            var denominators = new double[n];
            for (int l = 0; l < n; l++) denominators[l] = totals[l][o] + alpha * vocab;
            unseen[o] = new float[n];
            for (int l = 0; l < n; l++) unseen[o][l] = (float)Math.Log(alpha / denominators[l]);
            logProb[o] = new Dictionary<ulong, float[]>();
            foreach (var (key, arr) in counts[o])
            {
                if (arr.Sum() < minCount) continue;
                var lp = new float[n];
                for (int l = 0; l < n; l++) lp[l] = (float)Math.Log(((l < arr.Length ? arr[l] : 0) + alpha) / denominators[l]);
                logProb[o][key] = lp;
            }
        }
        return new NgramLanguageModel(languages, logProb, unseen);
    }

    /// <summary>Identifies the language of a text (its first <paramref name="maxChars"/> characters).</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text, int maxChars = 3000)
    {
        if (text.Length > maxChars) text = text[..maxChars];
        int n = _languages.Length;
        Span<double> score = n <= 64 ? stackalloc double[n] : new double[n];
        score.Clear();
        int features = 0;
        var ngrams = new NgramWalker(text);
        while (ngrams.MoveNext(out var key, out int o))
        {
            features++;
            var add = _logProb[o].Find(key);
            if (add.IsEmpty) add = _unseen[o];
            Add(score, add);
        }
        if (features == 0) return new LanguageGuess("und", 0, null);
        int best = 0, second = -1;
        for (int l = 1; l < n; l++) if (score[l] > score[best]) best = l;
        for (int l = 0; l < n; l++) if (l != best && (second < 0 || score[l] > score[second])) second = l;
        // posterior of the best language (softmax over the log-likelihoods, uniform prior)
        double sum = 0;
        for (int l = 0; l < n; l++) sum += Math.Exp(score[l] - score[best]);
        return new LanguageGuess(_languages[best], 1 / sum, second >= 0 ? _languages[second] : null);
    }

    /// <summary>
    /// <c>score[l] += add[l]</c> for every language: four lanes at a time where the hardware allows (each lane the same
    /// widening and addition as the scalar loop, so the sums are the same to the last bit), the rest one by one.
    /// </summary>
    static void Add(Span<double> score, ReadOnlySpan<float> add)
    {
        int l = 0;
        if (Vector256.IsHardwareAccelerated)
            for (; l + 4 <= score.Length; l += 4)
            {
                var wide = Vector128.Create(add.Slice(l, 4));
                var sum = Vector256.Create(score.Slice(l, 4)) +
                          Vector256.Create(
                              Vector128.WidenLower(wide), Vector128.WidenUpper(wide));
                sum.CopyTo(score.Slice(l, 4));
            }
        for (; l < score.Length; l++) score[l] += add[l];
    }

    /// <summary>
    /// Walks the n-grams of a text without allocating: a rolling window of the last four normalised characters (runs
    /// of non-letters collapse to one space), yielding each n-gram of order 1–4 that ends at the current character,
    /// except a lone space and all-space n-grams. Training and identification read text through this one walker.
    /// </summary>
    ref struct NgramWalker(ReadOnlySpan<char> text)
    {
        readonly ReadOnlySpan<char> _text = text;
        int _i = -1, _order = MaxOrder + 1, _filled = 1;
        ulong _window = ' ';
        bool _lastSpace = true;
        char _c = ' ';

        public bool MoveNext(out ulong key, out int order)
        {
            while (true)
            {
                while (++_order <= _filled)
                {
                    if (!Counts(_window, _order, _c)) continue;
                    key = _order == MaxOrder ? _window : _window & ((1UL << (16 * _order)) - 1);
                    order = _order;
                    return true;
                }
                // next character
                if (++_i > _text.Length) { key = 0; order = 0; return false; }
                _c = _i < _text.Length ? Normalise(_text[_i]) : ' ';
                if (_c == ' ' && _lastSpace) { _order = _filled; continue; }
                _lastSpace = _c == ' ';
                _window = (_window << 16) | _c;
                if (_filled < MaxOrder) _filled++;
                _order = 0;
            }
        }

        /// <summary>Whether the n-gram of order <paramref name="o"/> ending at <paramref name="c"/> is a feature: not a lone space, not all spaces.</summary>
        static bool Counts(ulong window, int o, char c)
        {
            if (c != ' ') return true;
            if (o == 1) return false;
            for (int k = 1; k < o; k++)
                if ((char)((window >> (16 * k)) & 0xFFFF) != ' ') return true;
            return false;
        }
    }

    /// <summary>Lower-cased letter, an apostrophe, or a space for anything else (digits and punctuation are boundaries).</summary>
    static char Normalise(char c) => char.IsLetter(c) ? char.ToLowerInvariant(c) : c is '\'' or '’' ? '\'' : ' ';
}
