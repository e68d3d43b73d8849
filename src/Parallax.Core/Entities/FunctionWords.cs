namespace Parallax.Entities;

/// <summary>
/// The function words and short phrases of <c>Entities/data/function-words.txt</c> by section: word sets, and phrase
/// lists in file order with the spaces their section's matching adds (see the file's header).
/// </summary>
static class FunctionWords
{
    const string File = "Entities/data/function-words.txt";
    static readonly Dictionary<string, List<string>> Sections = Read();

    static Dictionary<string, List<string>> Read()
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? into = null;
        foreach (var line in DataFiles.ReadLines(File))
        {
            if (line[0] == '[' && line[^1] == ']')
            {
                var name = line[1..^1];
                if (sections.ContainsKey(name)) throw new InvalidDataException($"{File}: section [{name}] twice");
                sections[name] = into = [];
                continue;
            }
            if (into == null) throw new InvalidDataException($"{File}: '{line}' before any [section]");
            into.Add(line);
        }
        return sections;
    }

    static List<string> Section(string name) =>
        Sections.TryGetValue(name, out var words) && words.Count > 0 ? words : throw new InvalidDataException($"{File}: no [{name}] section, or an empty one");

    /// <summary>The section's entries as a set (ordinal).</summary>
    public static HashSet<string> Set(string name) => new(Section(name), StringComparer.Ordinal);

    /// <summary>The section's entries in file order, as written.</summary>
    public static string[] List(string name) => [.. Section(name)];

    /// <summary>The section's phrases in file order, each followed by a space when it ends in a letter ("de la " but "d'", "al-").</summary>
    public static string[] FollowedBySpace(string name) => [.. Section(name).Select(w => char.IsLetter(w[^1]) ? w + " " : w)];

    /// <summary>The section's phrases in file order, each between spaces (" of the ").</summary>
    public static string[] BetweenSpaces(string name) => [.. Section(name).Select(w => " " + w + " ")];
}
