using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities.Ner;

/// <summary>
/// What the mention model knows besides its weights: the knowledge base's names (gazetteer features: a token
/// inside a KB person, organisation or place name, or a demonym) and office phrases, and the word lists of the
/// data files — given names (<c>Entities/data/first-names.txt</c>), words that are not names
/// (<c>not-names.txt</c>), organisation words (<c>organization-words.txt</c>), titles ("M.", "Mme", "Dr": the
/// <c>title</c> abbreviations of <c>Language/data/abbreviations.tsv</c>) and role nouns
/// (<c>Quotes/data/person-nouns.txt</c>). Built once per knowledge base; read-only and thread-safe afterwards.
/// </summary>
public sealed class NerLexicons
{
    [Flags]
    public enum Word : byte { None = 0, GivenName = 1, NotName = 2, OrganizationWord = 4, Title = 8, RoleNoun = 16, Office = 32 }

    /// <summary>Gazetteer codes: 0 none, else 2·kind + (0 first token, 1 later token); kinds 1 person, 2 organisation,
    /// 3 place or country, 4 demonym, 5 a person's lone surname.</summary>
    public const int GazetteerKinds = 6;

    public KnowledgeBase Kb { get; }
    readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _given, _notNames, _orgWords, _titles, _roleNouns;

    public NerLexicons(KnowledgeBase kb)
    {
        Kb = kb;
        static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words, StringComparer cmp) =>
            new HashSet<string>(words, cmp).GetAlternateLookup<ReadOnlySpan<char>>();
        static IEnumerable<string> Words(string path) => DataFiles.ReadLines(path).SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        _given = Set(kb.FirstNames, StringComparer.Ordinal);
        _notNames = Set(kb.NotNames, StringComparer.Ordinal);
        _orgWords = Set(kb.OrganizationWords, StringComparer.Ordinal);
        _titles = Set(DataFiles.ReadTsv("Language/data/abbreviations.tsv").Where(r => r.Length >= 3 && r[2] == "title").Select(r => r[1])
            .Concat(["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord", "Lady"]), StringComparer.Ordinal);
        _roleNouns = Set(Words("Quotes/data/person-nouns.txt"), StringComparer.OrdinalIgnoreCase);
    }

    static readonly Lazy<NerLexicons> Shared = new(() => new NerLexicons(KnowledgeBase.Default));
    /// <summary>The lexicons over <see cref="KnowledgeBase.Default"/>.</summary>
    public static NerLexicons Default => Shared.Value;

    /// <summary>The word-list flags of a token.</summary>
    public Word Flags(ReadOnlySpan<char> token)
    {
        var f = Word.None;
        if (_given.Contains(token)) f |= Word.GivenName;
        if (_notNames.Contains(token)) f |= Word.NotName;
        if (_orgWords.Contains(token)) f |= Word.OrganizationWord;
        if (_titles.Contains(token)) f |= Word.Title;
        if (_roleNouns.Contains(token)) f |= Word.RoleNoun;
        return f;
    }

    /// <summary>
    /// Per token of <paramref name="tokens"/> (spans into <paramref name="text"/>, in order): its gazetteer code and
    /// word flags, from one pass of the KB's name and office matchers over the text (<paramref name="names"/>: the
    /// name matches when the caller has them already).
    /// </summary>
    public void Annotate(string text, string folded, ReadOnlySpan<Token> tokens, Span<byte> gazetteer, Span<Word> flags, List<PhraseMatch<NameRef>>? names = null)
    {
        gazetteer.Clear();
        for (int i = 0; i < tokens.Length; i++) flags[i] = Flags(text.AsSpan(tokens[i].Start, tokens[i].Length));
        names ??= Kb.Names.FindLongest(text, folded);
        int k = 0;
        foreach (var m in names)
        {
            while (k < tokens.Length && tokens[k].Start < m.Start) k++;
            var r = m.Value;
            int kind = r.Demonym ? 4 : r.Surname ? 5 : r.Entity.Type switch { EntityTypes.Person => 1, EntityTypes.Organization => 2, _ => 3 };
            for (int j = k; j < tokens.Length && tokens[j].End <= m.End; j++)
                if (gazetteer[j] == 0) gazetteer[j] = (byte)(2 * kind + (j == k ? 0 : 1));
        }
        k = 0;
        foreach (var m in Kb.Offices.FindLongest(text, folded))
        {
            while (k < tokens.Length && tokens[k].Start < m.Start) k++;
            for (int j = k; j < tokens.Length && tokens[j].End <= m.End; j++) flags[j] |= Word.Office;
        }
    }
}
