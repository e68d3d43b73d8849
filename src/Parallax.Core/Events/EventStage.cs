using Parallax.Model;

namespace Parallax.Events;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class EventStage : IDocumentStage
{
    public string Name => "events";
    public Document Process(Document document) => throw new NotImplementedException();
}
