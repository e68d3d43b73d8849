namespace Parallax.Language;

/// <summary>
/// Identifies a text's language with the bundled character n-gram model (<see cref="NgramLanguageModel"/>), trained
/// on first use from the sentences in <c>Language/data/langid/train/&lt;lang&gt;.txt</c> (one sentence per line;
/// adding a file adds a language). Returns an ISO 639-1 code, or "und" when the text has too few letters or the
/// model is unsure.
/// </summary>
public static class LanguageIdentifier
{
    const string TrainPrefix = "Language/data/langid/train/";

    static readonly Lazy<NgramLanguageModel> Model = new(() => NgramLanguageModel.Train(TrainingSamples()));

    /// <summary>The model trained on the bundled sentences.</summary>
    public static NgramLanguageModel Default => Model.Value;

    /// <summary>Below this posterior probability a short text (under <see cref="ShortText"/> letters) is "und".</summary>
    public const double MinConfidence = 0.6;
    public const int ShortText = 40;

    /// <summary>The bundled training sentences as (language, sentence).</summary>
    public static IEnumerable<(string Language, string Text)> TrainingSamples() =>
        DataFiles.List(TrainPrefix).SelectMany(path =>
        {
            var lang = Path.GetFileNameWithoutExtension(path[TrainPrefix.Length..]);
            return DataFiles.ReadLines(path).Select(line => (lang, line));
        });

    public static string Identify(string text, int maxChars = 3000) => Guess(text.AsSpan(), maxChars).Language;

    public static LanguageGuess Guess(ReadOnlySpan<char> text, int maxChars = 3000) => Guess(Default, text, maxChars);

    /// <summary>A guess with the "und" rules applied: fewer than 3 letters, or a short text the model is unsure of.</summary>
    public static LanguageGuess Guess(NgramLanguageModel model, ReadOnlySpan<char> text, int maxChars = 3000)
    {
        if (text.Length > maxChars) text = text[..maxChars];
        int letters = 0;
        foreach (var c in text) if (char.IsLetter(c) && ++letters >= ShortText) break;
        if (letters < 3) return new LanguageGuess("und", 0, null);
        var g = model.Identify(text, maxChars);
        return letters < ShortText && g.Confidence < MinConfidence ? g with { Language = "und" } : g;
    }
}
