using Parallax.Model;

namespace Parallax.Time;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class TimeStage : IDocumentStage
{
    public string Name => "time";
    public Document Process(Document document) => throw new NotImplementedException();
}
