using System.Runtime.CompilerServices;

namespace Parallax.Tests.Support;

/// <summary>Keeps the tests independent of the machine: no user knowledge base unless a test asks for one.</summary>
static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Init()
    {
        // KnowledgeBase.Default (and the parallax processes the CLI tests start) would otherwise load the user KB
        // folder of whoever runs the tests
        Environment.SetEnvironmentVariable(Parallax.Entities.KnowledgeBase.UserDirVariable, "none");
        // the rule path, whatever mention model the machine's PARALLAX_NER chooses
        Environment.SetEnvironmentVariable(Parallax.Entities.EntityStage.NerVariable, null);
    }
}
