namespace Parallax.Stories;

// Placeholder so the skeleton compiles; replaced by the stage's implementation.
public sealed class StoryBuilder { }
