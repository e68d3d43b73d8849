using Parallax.Entities.Ner;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

// The hook of the statistical mention model (Ner/): kept apart from the rules of EntityStage.cs.
public sealed partial class EntityStage
{
    /// <summary>The environment variable that chooses the mention path: unset, empty or <c>rules</c> for the rules and the
    /// knowledge base alone (the default); <c>model</c> to add the bundled model's mentions; or the path of a model file
    /// written by <c>parallax train ner</c>.</summary>
    public const string NerVariable = "PARALLAX_NER";

    readonly NerModel? _model;
    readonly RoleResolver _roles;
    NerLexicons? _lexicons;

    /// <summary>The stage with an explicit mention model (<c>null</c>: rules and knowledge base alone), whatever <see cref="NerVariable"/> says.</summary>
    public EntityStage(KnowledgeBase? kb, NerModel? model)
    {
        _kb = kb ?? KnowledgeBase.Default;
        _roles = new RoleResolver(_kb);
        _model = model;
    }

    /// <summary>The stage as <c>PARALLAX_NER</c> sets it (see <see cref="NerVariable"/>).</summary>
    public EntityStage(KnowledgeBase? kb = null) : this(kb, ModelFromEnvironment()) { }

    /// <summary>The model <see cref="NerVariable"/> names, or null; a bad value is a clear error.</summary>
    public static NerModel? ModelFromEnvironment() => ModelFor(Environment.GetEnvironmentVariable(NerVariable));

    public static NerModel? ModelFor(string? setting) => setting?.Trim() switch
    {
        null or "" or "rules" => null,
        "model" => NerModel.Bundled,
        var path when File.Exists(path) => NerModel.Load(path),
        var other => throw new InvalidOperationException($"{NerVariable}='{other}': expected 'rules', 'model' or the path of a model file"),
    };

    public NerModel? MentionModel => _model;

    /// <summary>
    /// Names the model proposes where the rules found nothing: several-word names first, then (after the lone names
    /// of the people found so far have been linked) single words. They become entities without a KB link, of the
    /// model's type (MISC names are not entities of the record). The rules' unknown names (without a KB link) take
    /// the model's type where it tags the same span; KB entities are left as they are.
    /// </summary>
    void AddModelMentions(Document doc, string folded, List<PhraseMatch<NameRef>> names, IEnumerable<Found> found, List<TextSpan> taken, Func<string, string, int, Found> get, Action<Found, int, int> add, Action linkLoneNames)
    {
        if (_model == null) return;
        _lexicons ??= new NerLexicons(_kb);
        var text = doc.Text;
        var spans = _model.Find(doc, _lexicons, folded, names);
        // an unknown name the rules typed by a guess ("Kolvex Robotics said": a person?) takes the model's type for the same span
        foreach (var f in found)
        {
            if (f.Kb != null) continue;
            foreach (var m in f.Mentions)
                if (spans.FindIndex(x => x.Start == m.Start && x.End == m.End) is >= 0 and var k && NerTags.EntityType(spans[k].Type) is { } t)
                {
                    f.Type = t;
                    break;
                }
        }
        foreach (var multi in (ReadOnlySpan<bool>)[true, false])
        {
            foreach (var (s, e, type) in spans)
            {
                if (text.AsSpan(s, e - s).Contains(' ') != multi || NerTags.EntityType(type) is not { } entityType) continue;
                var span = new TextSpan(s, e);
                if (taken.Any(t => t.Overlaps(span))) continue;
                var surface = text[s..e];
                if (!multi && (_kb.NotNames.Contains(surface) || surface.Length < 2)) continue;
                add(get(entityType, surface, s), s, e);
            }
            if (multi) linkLoneNames();
        }
    }
}
