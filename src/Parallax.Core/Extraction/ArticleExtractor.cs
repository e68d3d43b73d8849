using Parallax.Input;
using Parallax.Model;

namespace Parallax.Extraction;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class ArticleExtractor : IArticleExtractor
{
    public Document Extract(RawInput input) => throw new NotImplementedException();
}
