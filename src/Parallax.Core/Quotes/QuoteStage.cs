using Parallax.Model;

namespace Parallax.Quotes;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class QuoteStage : IDocumentStage
{
    public string Name => "quotes";
    public Document Process(Document document) => throw new NotImplementedException();
}
