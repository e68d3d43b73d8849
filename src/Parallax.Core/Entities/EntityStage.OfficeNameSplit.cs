namespace Parallax.Entities;

/// <summary>
/// Twentieth round (docs/entities.md): a capitalised office opening an unknown person's name ("Interior Minister Vít
/// Rakušan", "Attorney General Merrick Garland") is a mention of its own, as an office before a name is elsewhere.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>The end of an office or position (<c>offices.tsv</c>, <c>positions.txt</c>) that opens [<paramref name="s"/>,
    /// <paramref name="e"/>) with every word capitalised and is followed by a space and a capitalised word of the span,
    /// or -1; not when its first word is a given name ("Dean Henderson").</summary>
    int OfficeBeforeName(string text, string folded, int s, int e)
    {
        if (e - s < 8 || !char.IsUpper(text[s])) return -1;
        int end = -1;
        foreach (var m in _kb.Positions.FindLongest(text, folded, s, e)) if (m.Start == s && m.End > end) end = m.End;
        foreach (var m in _kb.Offices.FindLongest(text, folded, s, e)) if (m.Start == s && m.End > end) end = m.End;
        if (end < 0 || end + 1 >= e || text[end] != ' ' || !char.IsUpper(text[end + 1])) return -1;
        for (int i = s; i < end; i++)
            if (text[i] is ' ' or '-' && !char.IsUpper(text[i + 1])) return -1;
        // an office that is also a given name opens a name ("Dean Henderson")
        if (IsGivenName(text[s..WordEnd(text, s)])) return -1;
        return end;
    }
}
