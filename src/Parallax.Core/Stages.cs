using Parallax.Input;
using Parallax.Model;

namespace Parallax;

/// <summary>Turns raw bytes into a document with its article text, title, date and source (stage 1).</summary>
public interface IArticleExtractor
{
    Document Extract(RawInput input);
}

/// <summary>
/// A stage that reads a document and returns a copy with its own layer added (sentences, entities, times,
/// quotes, events). Stages are pure: the same input gives the same output, and they keep no per-document state.
/// </summary>
public interface IDocumentStage
{
    string Name { get; }
    Document Process(Document document);
}
