using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Parallax.Model;

namespace Parallax.Language;

/// <summary>
/// The language layer: identifies the document's language, splits the text into sentences and tokens.
/// Sentences never cross a block (paragraph or heading) boundary.
/// A language the page declares is kept unless the text clearly says otherwise (templates often declare the
/// site's default language on every page): at least <see cref="OverrideLetters"/> letters and a posterior of
/// <see cref="OverrideConfidence"/> for another language.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    public string Name => "language";

    public const int OverrideLetters = 200;
    public const double OverrideConfidence = 0.999;

    public static string ChooseLanguage(string? declared, string text)
    {
        var guess = LanguageIdentifier.Guess(text);
        var primary = LanguageCodes.Primary(declared);
        if (primary == null) return guess.Language;
        if (guess.Language == "und" || guess.Language == primary || guess.Confidence < OverrideConfidence) return primary;
        int letters = 0;
        foreach (var c in text.AsSpan(0, Math.Min(text.Length, 3000))) if (char.IsLetter(c) && ++letters >= OverrideLetters) return guess.Language;
        return primary;
    }

    [ThreadStatic] static List<Token>? t_tokens;

    public Document Process(Document doc)
    {
        var lang = ChooseLanguage(doc.Language, doc.Text);
        var blocks = doc.Paragraphs.IsDefaultOrEmpty ? [new Paragraph(0, doc.Text.Length, BlockKind.Paragraph)] : doc.Paragraphs;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        // the tokens of every block read into this thread's scratch list, then copied once into the document's array
        var tokens = t_tokens ??= [];
        tokens.Clear();
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Heading) sentences.Add(new Sentence(b.Start, b.End));
            else sentences.AddRange(SentenceSplitter.Split(doc.Text, b.Start, b.End, lang));
            Tokenizer.Tokenize(doc.Text, b.Start, b.End, tokens);
        }
        var tokenArray = ImmutableArray.Create(CollectionsMarshal.AsSpan(tokens));
        if (tokens.Capacity > 1 << 16) t_tokens = null;   // a very long document's list is not kept
        return doc with { Language = lang, Sentences = sentences.ToImmutable(), Tokens = tokenArray };
    }
}
