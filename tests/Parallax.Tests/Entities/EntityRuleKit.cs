using Parallax.Entities;
using Parallax.Evaluation;
using Parallax.Model;

namespace Parallax.Tests.Entities;

/// <summary>
/// What the Entities rule tests share: one stage over the bundled KB (loaded once for all of them), a text run through
/// it, its mentions with their types, and the entity that owns a mention.
/// </summary>
static class EntityRuleKit
{
    static readonly Lazy<EntityStage> LazyStage = new(() => new EntityStage(KnowledgeBase.Load(), null));

    public static EntityStage Stage => LazyStage.Value;

    public static Document Run(string text, string lang = "en", string published = "2025-03-04") =>
        Stage.Process(LanguageEvaluation.AsDocument("t", lang, text, DateOnly.Parse(published)));

    public static (string Text, string Type)[] Mentions(Document d) =>
        [.. d.Entities.SelectMany(e => e.Mentions.Select(m => (m.Text, e.Type))).OrderBy(m => m.Text, StringComparer.Ordinal)];

    public static Entity Owner(Document d, string mention) => d.Entities.Single(e => e.Mentions.Any(m => m.Text == mention));
}
