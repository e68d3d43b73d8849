using System.Collections.Immutable;
using Parallax.Input;
using Parallax.Model;

namespace Parallax;

/// <summary>
/// The one pipeline: extract article → language layer → entities → time → quotes → events.
/// Stories are built across documents by <see cref="Stories.StoryBuilder"/>, after this per-document pipeline.
/// Each stage is replaceable: pass your own to the constructor, or use <see cref="With"/>.
/// </summary>
public sealed class Pipeline
{
    public IArticleExtractor Extractor { get; }
    public ImmutableArray<IDocumentStage> Stages { get; }

    public Pipeline(IArticleExtractor extractor, IEnumerable<IDocumentStage> stages)
    {
        Extractor = extractor;
        Stages = [.. stages];
    }

    /// <summary>The default pipeline with Parallax's bundled lexicons and knowledge base.</summary>
    public static Pipeline CreateDefault() => new(
        new Extraction.ArticleExtractor(),
        [
            new Language.LanguageStage(),
            new Entities.EntityStage(),
            new Time.TimeStage(),
            new Quotes.QuoteStage(),
            new Events.EventStage(),
        ]);

    /// <summary>A copy of this pipeline with the stage of the same <see cref="IDocumentStage.Name"/> replaced.</summary>
    public Pipeline With(IDocumentStage stage) =>
        new(Extractor, Stages.Select(s => s.Name == stage.Name ? stage : s));

    public Pipeline With(IArticleExtractor extractor) => new(extractor, Stages);

    /// <summary>Runs every stage on one raw input.</summary>
    public Document Process(RawInput input) => Analyze(Extractor.Extract(input));

    /// <summary>Runs the document stages (everything after extraction) on a document.</summary>
    public Document Analyze(Document document)
    {
        foreach (var stage in Stages)
            document = stage.Process(document);
        return document;
    }
}
