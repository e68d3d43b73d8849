using Parallax.Model;

namespace Parallax.Entities;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class EntityStage : IDocumentStage
{
    public string Name => "entities";
    public Document Process(Document document) => throw new NotImplementedException();
}
