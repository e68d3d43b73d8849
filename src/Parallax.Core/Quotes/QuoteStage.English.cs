using Parallax.Model;

namespace Parallax.Quotes;

/// <summary>English subjects of a reporting verb that the shared rules would read wrong.</summary>
public sealed partial class QuoteStage
{
    /// <summary>The words that tie a person to the organisation named right after them: "Gene Oduya of Harbour Capital said".</summary>
    static readonly string[] AffiliationLinks = [" of ", " at ", " from ", " with "];

    /// <summary>
    /// "Leah Moreno of Northgate Securities said …", "Dr Anil Rao at Leeds General Infirmary told …": the last name before
    /// the verb ends right before it and is tied by "of", "at", "from" or "with" to a person named just before — the
    /// subject is that person, not the organisation they belong to; otherwise null.
    /// </summary>
    static (string Id, TextSpan Span)? AffiliationHead(string text, IReadOnlyList<(string Id, string Type, TextSpan Span)> ms, int verb)
    {
        if (ms.Count < 2) return null;
        var last = ms[^1];
        var person = ms[^2];
        if (person.Type != EntityTypes.Person || last.Id == person.Id || text.AsSpan(last.Span.End, Math.Max(0, verb - last.Span.End)).Trim().Length != 0) return null;
        var link = text.AsSpan(person.Span.End, Math.Max(0, last.Span.Start - person.Span.End));
        foreach (var l in AffiliationLinks)
            if (link.SequenceEqual(l) || link.SequenceEqual(l + "the ")) return (person.Id, person.Span);
        return null;
    }
}
