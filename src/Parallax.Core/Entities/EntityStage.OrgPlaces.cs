using Parallax.Model;

namespace Parallax.Entities;

/// <summary>
/// Organisations whose name ends with the country or region they serve ("Arts Council England", "Agence régionale de
/// santé Île-de-France"): when a name found by its head word is followed, in the same capitalised run, by a place of the
/// KB that is a country or a region and ends the name, the place is part of the organisation's name. Checked only where
/// an organisation candidate already ended.
/// </summary>
public sealed partial class EntityStage
{
    /// <summary>The end of a KB country or region (no demonym) that starts one space after <paramref name="e"/> and ends
    /// a name (no letter, digit, hyphen, apostrophe or capitalised word right after it), or <paramref name="e"/>.</summary>
    static int OrgPlaceNameEnd(string text, List<(int Start, int End, NameRef Ref)> nameSpans, int e)
    {
        if (e + 1 >= text.Length || text[e] != ' ' || !char.IsUpper(text[e + 1])) return e;
        foreach (var n in nameSpans)
        {
            if (n.Start != e + 1) continue;
            if (n.Ref.Demonym || n.Ref.Entity.Type != EntityTypes.Location || !(n.Ref.Entity.IsCountry || n.Ref.Entity.Kind == "region")) return e;
            int pe = n.End;
            if (pe < text.Length && (char.IsLetterOrDigit(text[pe]) || text[pe] is '-' or '\'' or '’'
                || text[pe] == ' ' && pe + 1 < text.Length && (char.IsUpper(text[pe + 1]) || char.IsDigit(text[pe + 1])))) return e;
            return pe;
        }
        return e;
    }
}
