using System.Buffers;
using System.IO.Compression;
using System.Text;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities.Ner;

/// <summary>What a training run is told: epochs, the shuffle seed, the size of the weight table.</summary>
public sealed record NerTrainOptions
{
    public int Epochs { get; init; } = 6;
    public int Seed { get; init; } = 1;
    /// <summary>The weight table has 2^Bits rows of feature weights (one weight per tag).</summary>
    public int Bits { get; init; } = 16;
    /// <summary>Averaged weights smaller than this are dropped when the model is saved.</summary>
    public float Prune { get; init; } = 0.01f;
    public string Description { get; init; } = "";
}

/// <summary>One epoch of training: mistakes on the training set, and the dev-set score when there is one.</summary>
public sealed record NerEpoch(int Epoch, int Sentences, int Mistakes, int TokenErrors, TimeSpan Elapsed, NerScore? Dev);

/// <summary>
/// The statistical mention model: an averaged structured perceptron over hashed token features
/// (<see cref="NerFeatures"/>) with first-order tag transitions, decoded with Viterbi under the IOB2 constraint
/// (I-X only after B-X or I-X). Training is deterministic: the sentence order of each epoch comes from a seeded
/// shuffle. Saved as a gzipped binary file with a header (magic, format version, feature version, table size, tag
/// names, languages, a description) and the non-zero weights as half-precision floats.
/// Tagging is thread-safe; it allocates only per-document buffers (rented).
/// </summary>
public sealed class NerModel
{
    public const int FormatVersion = 1;
    static readonly byte[] Magic = "PXNER"u8.ToArray();
    const int T = NerTags.Count;

    readonly float[] _w;      // [row * T + tag]
    readonly float[] _trans;  // [(prev + 1) * T + tag], prev -1 = sentence start
    public int Bits { get; }
    public string Description { get; private set; } = "";
    public int Epochs { get; private set; }
    public int Seed { get; private set; }
    public int TrainingSentences { get; private set; }
    /// <summary>Non-zero weights kept (after pruning, when loaded).</summary>
    public int Weights => _w.Count(x => x != 0);
    int Mask => (1 << Bits) - 1;

    NerModel(int bits)
    {
        if (bits is < 10 or > 24) throw new ArgumentOutOfRangeException(nameof(bits), "the weight table has 2^10 to 2^24 rows");
        Bits = bits;
        _w = new float[(1 << bits) * T];
        _trans = new float[(T + 1) * T];
    }

    const string BundledPath = "Entities/data/ner/model.pxner";
    static readonly Lazy<NerModel> BundledModel = new(() => { using var s = DataFiles.Open(BundledPath); return Load(s, BundledPath); });
    /// <summary>The model shipped with Parallax (trained on <c>tests/Parallax.Tests/testdata/ner/</c>).</summary>
    public static NerModel Bundled => BundledModel.Value;

    // ---------------------------------------------------------------- decoding

    /// <summary>Tags one sentence into <paramref name="tags"/>; <paramref name="feats"/>/<paramref name="counts"/> are its precomputed features.</summary>
    void Decode(ReadOnlySpan<int> feats, ReadOnlySpan<int> counts, Span<int> tags, float[] w)
    {
        int n = tags.Length;
        if (n == 0) return;
        var score = ArrayPool<float>.Shared.Rent(n * T);
        var back = ArrayPool<int>.Shared.Rent(n * T);
        Span<float> emit = stackalloc float[T];
        int f0 = 0;
        for (int i = 0; i < n; i++)
        {
            emit.Clear();
            for (int k = 0; k < counts[i]; k++)
            {
                var row = w.AsSpan(feats[f0 + k] * T, T);
                for (int t = 0; t < T; t++) emit[t] += row[t];
            }
            f0 += counts[i];
            for (int t = 0; t < T; t++)
            {
                float best = float.NegativeInfinity; int arg = -1;
                if (i == 0) { if (NerTags.Allowed(-1, t)) { best = _trans[t]; arg = -1; } }
                else
                    for (int p = 0; p < T; p++)
                    {
                        if (!NerTags.Allowed(p, t)) continue;
                        float v = score[(i - 1) * T + p] + _trans[(p + 1) * T + t];
                        if (v > best) { best = v; arg = p; }
                    }
                score[i * T + t] = best + emit[t];
                back[i * T + t] = arg;
            }
        }
        int bt = 0; float bs = float.NegativeInfinity;
        for (int t = 0; t < T; t++) if (score[(n - 1) * T + t] > bs) { bs = score[(n - 1) * T + t]; bt = t; }
        for (int i = n - 1; i >= 0; i--) { tags[i] = bt; bt = back[i * T + bt]; }
        ArrayPool<float>.Shared.Return(score);
        ArrayPool<int>.Shared.Return(back);
    }

    int Featurize(in NerSentence s, int[] buffer, Span<int> counts)
    {
        int total = 0;
        for (int i = 0; i < s.Length; i++)
        {
            counts[i] = NerFeatures.Extract(s, i, Mask, buffer.AsSpan(total));
            total += counts[i];
        }
        return total;
    }

    /// <summary>The BIO tags of one sentence.</summary>
    public void Tag(in NerSentence s, Span<int> tags)
    {
        var feats = ArrayPool<int>.Shared.Rent(Math.Max(1, s.Length * NerFeatures.MaxPerToken));
        var counts = ArrayPool<int>.Shared.Rent(Math.Max(1, s.Length));
        Featurize(s, feats, counts);
        Decode(feats, counts.AsSpan(0, s.Length), tags[..s.Length], _w);
        ArrayPool<int>.Shared.Return(feats);
        ArrayPool<int>.Shared.Return(counts);
    }

    /// <summary>
    /// The mentions the model finds in a text: character spans with their type index (<see cref="NerTags.Types"/>),
    /// tagging each sentence (token index ranges into <paramref name="tokens"/>) on its own.
    /// </summary>
    public List<(int Start, int End, int Type)> Find(string text, string folded, ReadOnlySpan<Token> tokens, IEnumerable<(int First, int End)> sentences, string? language, NerLexicons lexicons, List<PhraseMatch<NameRef>>? names = null)
    {
        var result = new List<(int, int, int)>();
        if (tokens.Length == 0) return result;
        var gaz = ArrayPool<byte>.Shared.Rent(tokens.Length);
        var flags = ArrayPool<NerLexicons.Word>.Shared.Rent(tokens.Length);
        var tags = ArrayPool<int>.Shared.Rent(tokens.Length);
        lexicons.Annotate(text, folded, tokens, gaz.AsSpan(0, tokens.Length), flags.AsSpan(0, tokens.Length), names);
        int lang = NerFeatures.LanguageCode(language);
        foreach (var (first, end) in sentences)
        {
            if (end <= first) continue;
            var s = new NerSentence(text, tokens[first..end], gaz.AsSpan(first, end - first), flags.AsSpan(first, end - first), lang);
            Tag(s, tags.AsSpan(0, end - first));
            foreach (var (a, b, type) in NerTags.Spans(tags.AsSpan(0, end - first)))
                result.Add((tokens[first + a].Start, tokens[first + b - 1].End, type));
        }
        ArrayPool<byte>.Shared.Return(gaz);
        ArrayPool<NerLexicons.Word>.Shared.Return(flags);
        ArrayPool<int>.Shared.Return(tags);
        return result;
    }

    /// <summary>The mentions the model finds in an analysed document (its tokens and sentences; the text is tokenised when it has none).</summary>
    public List<(int Start, int End, int Type)> Find(Document doc, NerLexicons lexicons, string? folded = null, List<PhraseMatch<NameRef>>? names = null)
    {
        var text = doc.Text;
        folded ??= TextFold.Fold(text);
        var tokens = doc.Tokens.IsDefaultOrEmpty ? Language.Tokenizer.Tokenize(text, 0, text.Length).ToArray() : doc.Tokens.AsSpan().ToArray();
        return Find(text, folded, tokens, SentenceRanges(tokens, doc.Sentences.IsDefaultOrEmpty ? null : doc.Sentences), doc.Language, lexicons, names);
    }

    /// <summary>Token index ranges of the sentences (the whole text as sentences cut at line breaks when there are none).</summary>
    static List<(int, int)> SentenceRanges(Token[] tokens, IReadOnlyList<Sentence>? sentences)
    {
        var ranges = new List<(int, int)>();
        if (sentences == null)
        {
            // at most 200 tokens at a time
            for (int i = 0; i < tokens.Length; i += 200) ranges.Add((i, Math.Min(tokens.Length, i + 200)));
            return ranges;
        }
        int k = 0;
        foreach (var s in sentences)
        {
            while (k < tokens.Length && tokens[k].Start < s.Start) k++;
            int first = k;
            while (k < tokens.Length && tokens[k].End <= s.End) k++;
            for (int i = first; i < k; i += 200) ranges.Add((i, Math.Min(k, i + 200)));
        }
        return ranges;
    }

    // ---------------------------------------------------------------- training

    /// <summary>A CoNLL sentence made ready for training or scoring: its text (tokens joined), token spans, gazetteer codes, flags.</summary>
    public sealed class Prepared
    {
        public required ConllSentence Sentence;
        public required string Text;
        public required Token[] Tokens;
        public required byte[] Gazetteer;
        public required NerLexicons.Word[] Flags;
        public required int Language;
        public NerSentence View => new(Text, Tokens, Gazetteer, Flags, Language);
    }

    public static Prepared Prepare(ConllSentence s, NerLexicons lexicons)
    {
        var (text, tokens) = NerText.Join(s.Tokens);
        var gaz = new byte[tokens.Length];
        var flags = new NerLexicons.Word[tokens.Length];
        lexicons.Annotate(text, TextFold.Fold(text), tokens, gaz, flags);
        return new Prepared { Sentence = s, Text = text, Tokens = tokens, Gazetteer = gaz, Flags = flags, Language = NerFeatures.LanguageCode(s.Language) };
    }

    /// <summary>
    /// Trains a model on CoNLL sentences: <see cref="NerTrainOptions.Epochs"/> passes of the structured perceptron
    /// in a seeded random order, weights averaged over every step; reports each epoch (with the dev score when
    /// <paramref name="dev"/> is given).
    /// </summary>
    public static NerModel Train(IReadOnlyList<ConllSentence> train, IReadOnlyList<ConllSentence>? dev, NerLexicons lexicons, NerTrainOptions options, Action<NerEpoch>? progress = null)
    {
        if (train.Count == 0) throw new ArgumentException("no training sentences");
        if (options.Epochs < 1) throw new ArgumentOutOfRangeException(nameof(options), "at least one epoch");
        var model = new NerModel(options.Bits);
        var sum = new double[model._w.Length];         // Σ c·Δ, for averaging: avg = w − sum / c
        var tsum = new double[model._trans.Length];
        var prepared = train.Select(s => Prepare(s, lexicons)).ToList();
        // features of every training sentence, once
        var feats = new int[prepared.Count][];
        var counts = new int[prepared.Count][];
        var buffer = new int[Math.Max(1, prepared.Max(p => p.Tokens.Length)) * NerFeatures.MaxPerToken];
        for (int k = 0; k < prepared.Count; k++)
        {
            counts[k] = new int[prepared[k].Tokens.Length];
            int total = model.Featurize(prepared[k].View, buffer, counts[k]);
            feats[k] = buffer[..total];
        }
        var devPrepared = dev?.Select(s => Prepare(s, lexicons)).ToList();
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var rng = new Random(options.Seed);
        double c = 1;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var pred = new int[buffer.Length / NerFeatures.MaxPerToken];
        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            rng.Shuffle(order);
            int mistakes = 0, tokenErrors = 0;
            foreach (var k in order)
            {
                var gold = prepared[k].Sentence.Tags.AsSpan();
                int n = gold.Length;
                var p = pred.AsSpan(0, n);
                model.Decode(feats[k], counts[k], p, model._w);
                if (!p.SequenceEqual(gold))
                {
                    mistakes++;
                    int f0 = 0;
                    for (int i = 0; i < n; i++)
                    {
                        int g = gold[i], q = p[i];
                        if (g != q)
                        {
                            tokenErrors++;
                            for (int j = 0; j < counts[k][i]; j++)
                            {
                                int row = feats[k][f0 + j] * T;
                                model._w[row + g] += 1; sum[row + g] += c;
                                model._w[row + q] -= 1; sum[row + q] -= c;
                            }
                        }
                        int gp = i == 0 ? -1 : gold[i - 1], qp = i == 0 ? -1 : p[i - 1];
                        if (g != q || gp != qp)
                        {
                            model._trans[(gp + 1) * T + g] += 1; tsum[(gp + 1) * T + g] += c;
                            model._trans[(qp + 1) * T + q] -= 1; tsum[(qp + 1) * T + q] -= c;
                        }
                        f0 += counts[k][i];
                    }
                }
                c++;
            }
            NerScore? devScore = null;
            if (devPrepared != null)
            {
                var avg = model.Averaged(sum, tsum, c, options.Prune);
                devScore = avg.Score(devPrepared);
            }
            progress?.Invoke(new NerEpoch(epoch, prepared.Count, mistakes, tokenErrors, sw.Elapsed, devScore));
        }
        var final = model.Averaged(sum, tsum, c, options.Prune);
        final.Description = options.Description;
        final.Epochs = options.Epochs;
        final.Seed = options.Seed;
        final.TrainingSentences = train.Count;
        return final;
    }

    NerModel Averaged(double[] sum, double[] tsum, double c, float prune)
    {
        var m = new NerModel(Bits);
        for (int i = 0; i < _w.Length; i++)
        {
            if (sum[i] == 0 && _w[i] == 0) continue;
            var v = (float)(_w[i] - sum[i] / c);
            m._w[i] = Math.Abs(v) < prune ? 0 : (float)(Half)v;
        }
        for (int i = 0; i < _trans.Length; i++) m._trans[i] = (float)(Half)(float)(_trans[i] - tsum[i] / c);
        return m;
    }

    /// <summary>Entity-level precision, recall and F1 per type on prepared sentences.</summary>
    public NerScore Score(IEnumerable<Prepared> sentences)
    {
        var score = new NerScore();
        foreach (var p in sentences)
        {
            var tags = new int[p.Tokens.Length];
            Tag(p.View, tags);
            score.Add(p.Sentence.Tags.AsSpan(), tags);
        }
        return score;
    }

    // ---------------------------------------------------------------- save, load

    public void Save(string path)
    {
        var tmp = path + ".tmp";
        using (var f = File.Create(tmp)) Save(f);
        File.Move(tmp, path, overwrite: true);
    }

    public void Save(Stream stream)
    {
        using var gz = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(NerFeatures.Version);
        w.Write(Bits);
        w.Write(T);
        foreach (var t in NerTags.Names) w.Write(t);
        w.Write(Description);
        w.Write(Epochs);
        w.Write(Seed);
        w.Write(TrainingSentences);
        foreach (var v in _trans) w.Write(v);
        // non-zero weights: the gap since the previous index (7-bit varint), then the value as a half
        int count = 0;
        foreach (var v in _w) if (v != 0) count++;
        w.Write(count);
        int prev = -1;
        for (int i = 0; i < _w.Length; i++)
        {
            if (_w[i] == 0) continue;
            w.Write7BitEncodedInt(i - prev);
            w.Write((Half)_w[i]);
            prev = i;
        }
    }

    /// <summary>Loads a model file; a file that is not a model, or of another format or feature version, is a clear error.</summary>
    public static NerModel Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"{path}: no such model file", path);
        using var f = File.OpenRead(path);
        return Load(f, path);
    }

    public static NerModel Load(Stream stream, string name)
    {
        try
        {
            using var gz = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
            using var r = new BinaryReader(gz, Encoding.UTF8, leaveOpen: true);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic)) throw new InvalidDataException($"{name}: not a Parallax mention model");
            int format = r.ReadInt32();
            if (format != FormatVersion) throw new InvalidDataException($"{name}: model format version {format}; this Parallax reads version {FormatVersion} (retrain it with 'parallax train ner')");
            int features = r.ReadInt32();
            if (features != NerFeatures.Version) throw new InvalidDataException($"{name}: model trained with feature set {features}; this Parallax computes feature set {NerFeatures.Version} (retrain it with 'parallax train ner')");
            int bits = r.ReadInt32();
            if (bits is < 10 or > 24) throw new InvalidDataException($"{name}: bad weight-table size 2^{bits}");
            int tags = r.ReadInt32();
            var names = Enumerable.Range(0, tags).Select(_ => r.ReadString()).ToArray();
            if (!names.SequenceEqual(NerTags.Names)) throw new InvalidDataException($"{name}: tag set {string.Join(' ', names)} is not {string.Join(' ', NerTags.Names)}");
            var m = new NerModel(bits) { Description = r.ReadString(), Epochs = r.ReadInt32(), Seed = r.ReadInt32(), TrainingSentences = r.ReadInt32() };
            for (int i = 0; i < m._trans.Length; i++) m._trans[i] = r.ReadSingle();
            int count = r.ReadInt32();
            int idx = -1;
            for (int k = 0; k < count; k++)
            {
                idx += r.Read7BitEncodedInt();
                if ((uint)idx >= (uint)m._w.Length) throw new InvalidDataException($"{name}: weight index out of range");
                m._w[idx] = (float)r.ReadHalf();
            }
            return m;
        }
        catch (EndOfStreamException) { throw new InvalidDataException($"{name}: truncated model file"); }
        catch (InvalidDataException e) when (!e.Message.StartsWith(name, StringComparison.Ordinal)) { throw new InvalidDataException($"{name}: not a Parallax mention model ({e.Message})"); }
    }
}
