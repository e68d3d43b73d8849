using Parallax.Model;
using Parallax.Text;

namespace Parallax.Events;

/// <summary>
/// The twelfth participants round (docs/events.md): "the latter", "ce dernier", "cette dernière", "celui-ci", "celle-ci"
/// (Events/data/stand-ins.tsv, kind <c>latter</c>) used as a pronoun stand for the person or organisation told last, so "Macron a reçu
/// Karim Diallo. Ce dernier a condamné …" has Karim Diallo as its actor.
/// </summary>
internal sealed partial class EventContext
{
    /// <summary>
    /// The participant a pronoun phrase of kind <c>latter</c> at <paramref name="start"/>..<paramref name="end"/> stands for:
    /// the last person or organisation named in its sentence before it or in the two sentences before (a person whose
    /// known gender the phrase contradicts passed over; places are where things happen, not what "ce dernier" takes up). Null when the phrase is a determiner before a noun ("ce dernier sommet", "the latter part"): only
    /// a punctuation mark, an auxiliary, a clitic or a verb of <c>latter-follower</c> (participant-words.tsv; in English
    /// also a past tense in "-ed") may follow it.
    /// </summary>
    Entity? LatterReferent(List<MentionRef> mentions, int start, int end, int windowStart, int sentenceEnd, string? gender)
    {
        int i = end;
        while (i < sentenceEnd && _folded[i] == ' ') i++;
        if (i < sentenceEnd && TextFold.IsWordChar(_folded[i]))
        {
            int st = i;
            while (i < sentenceEnd && TextFold.IsWordChar(_folded[i])) i++;
            if (i < sentenceEnd && _folded[i] == '\'') i++;
            var w = _folded.AsSpan(st, i - st);
            bool verb = _lex.Participants.LatterFollowers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                || _lex.Clause.FiniteAuxiliaries.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w)
                || (_lang == "en" && w.Length > 4 && w.EndsWith("ed", StringComparison.Ordinal));
            if (!verb) return null;
        }
        MentionRef? last = null;
        foreach (var m in mentions)
        {
            if (m.Start >= start) break;
            if (m.Start < windowStart || m.End > start || m.Entity.Type is not (EntityTypes.Person or EntityTypes.Organization)) continue;
            if (m.Entity.Type == EntityTypes.Person && (Parallax.Entities.RoleResolver.IsDescriptionOnly(m.Entity) || !GenderAgrees(m.Entity, gender))) continue;
            last = m;
        }
        return last?.Entity;
    }
}
