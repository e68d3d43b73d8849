using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Language;

/// <summary>
/// The language layer: identifies the document's language (when the page did not declare it), splits the
/// text into sentences and tokens. Sentences never cross a block (paragraph or heading) boundary.
/// </summary>
public sealed class LanguageStage : IDocumentStage
{
    public string Name => "language";

    public Document Process(Document doc)
    {
        var lang = doc.Language ?? LanguageIdentifier.Identify(doc.Text);
        var blocks = doc.Paragraphs.IsDefaultOrEmpty ? [new Paragraph(0, doc.Text.Length, BlockKind.Paragraph)] : doc.Paragraphs;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var tokens = ImmutableArray.CreateBuilder<Token>();
        foreach (var b in blocks)
        {
            if (b.Kind == BlockKind.Heading) sentences.Add(new Sentence(b.Start, b.End));
            else sentences.AddRange(SentenceSplitter.Split(doc.Text, b.Start, b.End, lang));
            tokens.AddRange(Tokenizer.Tokenize(doc.Text, b.Start, b.End));
        }
        return doc with { Language = lang, Sentences = sentences.ToImmutable(), Tokens = tokens.ToImmutable() };
    }
}
