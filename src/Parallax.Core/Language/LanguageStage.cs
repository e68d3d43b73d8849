using Parallax.Model;

namespace Parallax.Language;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class LanguageStage : IDocumentStage
{
    public string Name => "language";
    public Document Process(Document document) => throw new NotImplementedException();
}
