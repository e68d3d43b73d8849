using System.Reflection;

namespace Parallax;

/// <summary>
/// Reads the data files (lexicons, patterns, knowledge base) that ship embedded in Parallax.Core.
/// A file at <c>src/Parallax.Core/Time/data/fr.tsv</c> is opened as <c>"Time/data/fr.tsv"</c>.
/// </summary>
public static class DataFiles
{
    static readonly Assembly Asm = typeof(DataFiles).Assembly;

    public static Stream Open(string path) =>
        Asm.GetManifestResourceStream(path.Replace('\\', '/'))
        ?? throw new FileNotFoundException($"Parallax data file '{path}' is not embedded in {Asm.GetName().Name}.", path);

    public static string ReadAllText(string path)
    {
        using var reader = new StreamReader(Open(path));
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The data lines of a file: trimmed, without blank lines and '#' comments (a '#' that starts a line).
    /// </summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            var t = line.Trim();
            if (t.Length == 0 || t[0] == '#') continue;
            yield return t;
        }
    }

    /// <summary>Tab-separated rows of a data file (see <see cref="ReadLines"/>).</summary>
    public static IEnumerable<string[]> ReadTsv(string path)
    {
        // not ReadLines: a row may start with an empty column (a leading tab)
        using var reader = new StreamReader(Open(path));
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0 || line.TrimStart()[0] == '#') continue;
            yield return line.TrimEnd('\r', '\n', ' ').Split('\t', StringSplitOptions.TrimEntries);
        }
    }

    public static IEnumerable<string> List(string prefix) =>
        Asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);
}
