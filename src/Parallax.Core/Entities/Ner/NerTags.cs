namespace Parallax.Entities.Ner;

/// <summary>
/// The tag set of the mention model: BIO (IOB2) tags over four entity types, in a fixed order that models store
/// by name. <c>O</c> is 0; type <c>t</c> (0 PER, 1 ORG, 2 LOC, 3 MISC) has <c>B</c> = 1 + 2t and <c>I</c> = 2 + 2t.
/// </summary>
public static class NerTags
{
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];
    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public const int Count = 9;
    public const int O = 0;

    public static int Begin(int type) => 1 + 2 * type;
    public static int Inside(int type) => 2 + 2 * type;
    public static bool IsBegin(int tag) => tag > 0 && tag % 2 == 1;
    public static bool IsInside(int tag) => tag > 0 && tag % 2 == 0;
    /// <summary>The entity type of a B or I tag (-1 for O).</summary>
    public static int TypeOf(int tag) => tag == 0 ? -1 : (tag - 1) / 2;

    /// <summary>Whether <paramref name="tag"/> may follow <paramref name="prev"/> (-1: sentence start) in IOB2: I-X only after B-X or I-X.</summary>
    public static bool Allowed(int prev, int tag) => !IsInside(tag) || (prev >= 0 && TypeOf(prev) == TypeOf(tag));

    /// <summary>
    /// The type index of a type label: PER/PERSON, ORG/ORGANIZATION/ORGANISATION, LOC/LOCATION/GPE, MISC; -1 when unknown.
    /// </summary>
    public static int ParseType(ReadOnlySpan<char> label) => label switch
    {
        "PER" or "PERSON" => 0,
        "ORG" or "ORGANIZATION" or "ORGANISATION" => 1,
        "LOC" or "LOCATION" or "GPE" => 2,
        "MISC" => 3,
        _ => -1,
    };

    /// <summary>The entity type of the record format (<see cref="Model.EntityTypes"/>) for a type index; null for MISC.</summary>
    public static string? EntityType(int type) => type switch
    {
        0 => Model.EntityTypes.Person,
        1 => Model.EntityTypes.Organization,
        2 => Model.EntityTypes.Location,
        _ => null,
    };

    /// <summary>The entities of a tag sequence as token spans [Start, End) with their type, reading IOB2
    /// (an I-X that does not continue an X starts a new entity, as conlleval reads it).</summary>
    public static List<(int Start, int End, int Type)> Spans(ReadOnlySpan<int> tags)
    {
        var spans = new List<(int, int, int)>();
        int start = -1, type = -1;
        for (int i = 0; i <= tags.Length; i++)
        {
            int t = i < tags.Length ? tags[i] : O;
            bool continues = IsInside(t) && TypeOf(t) == type && start >= 0;
            if (continues) continue;
            if (start >= 0) spans.Add((start, i, type));
            start = -1; type = -1;
            if (t != O) { start = i; type = TypeOf(t); }
        }
        return spans;
    }
}
