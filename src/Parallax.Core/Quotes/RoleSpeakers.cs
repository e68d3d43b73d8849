using System.Collections.Immutable;
using Parallax.Entities;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Quotes;

/// <summary>
/// Role descriptions that the Entities stage left unlinked ("le président de la République", "le Premier ministre",
/// "la porte-parole du gouvernement", "the prime minister"), linked to the person who held that office on the
/// publication date, so that a quote's speaker named by role is an entity. The office comes from the knowledge base's
/// office phrases (Entities/data/offices.tsv); the holder is, in this order: a person of the document who held the
/// office on that date (the nearest mention before the role, else after it); the holder of that office in the country a
/// nationality word after the role names ("le Premier ministre israélien"); the holder in the default country of
/// Quotes/data/role-defaults.tsv for roles written without a country in a language's news ("le chef de l'État").
/// A role followed by "de …" naming something else ("le président du comité d'organisation") is left alone.
/// </summary>
public static class RoleSpeakers
{
    static readonly Lazy<PhraseMatcher<(string Office, string Country)>> Defaults = new(() =>
        new PhraseMatcher<(string, string)>(DataFiles.ReadTsv("Quotes/data/role-defaults.tsv").Select(r => (r[1], (r[2], r[3] + "\t" + r[0])))));

    static readonly string[] Articles = ["le ", "la ", "l'", "the "];
    static readonly string[] Modifiers = ["nouveau ", "nouvelle ", "new "];

    /// <summary>The document with its unlinked role descriptions added as mentions of their holders.</summary>
    public static Document Link(Document doc, string folded, KnowledgeBase kb)
    {
        // without a publication date only a holder the document itself names can be chosen (any of their roles counts)
        if (doc.Entities.IsDefault) return doc;
        DateOnly? date = doc.Published;
        var text = doc.Text;
        var entities = doc.Entities.ToList();
        bool changed = false;
        foreach (var m in kb.Offices.FindLongest(text, folded))
        {
            int start = ArticleBefore(folded, m.Start);
            if (start < 0) continue;
            // already linked by the Entities stage (to a named person; a description the Entities stage could only keep as
            // a nameless person of its own, "la présidente de la Commission", is still open to its office holder)
            if (entities.Any(e => e.Type == EntityTypes.Person && !IsNamelessDescription(e) && e.Mentions.Any(x => x.Start < m.End && m.Start < x.End))) continue;
            var offices = kb.FindOffices(text[m.Start..m.End]);
            if (offices.Count == 0) continue;
            var (end, country, blocked) = Complement(text, folded, m.End, kb);
            // "le directeur de l'hôpital": an office of something the knowledge base does not hold
            if (blocked) continue;
            KbEntity? holder = null;
            var inDoc = HolderInDocument(entities, kb, offices, country, date, m.Start);
            if (inDoc != null) holder = KbOf(kb, inDoc);
            if (holder == null && country != null && date is { } on)
                foreach (var o in offices) if ((holder = kb.HolderOf(o, country, on)) != null) break;
            if (holder == null && country == null && date is { } day && doc.Language is { } lang)
            {
                // a role written without a country: the default country of the language's news, for the roles listed
                var d = Defaults.Value.FindLongest(text, folded, m.Start, Math.Min(text.Length, end + 40)).FirstOrDefault(h => h.Start == m.Start);
                if (d.End > 0 && d.Value.Country.EndsWith("\t" + lang, StringComparison.Ordinal))
                {
                    end = Math.Max(end, d.End);
                    holder = kb.HolderOf(d.Value.Office, d.Value.Country[..d.Value.Country.IndexOf('\t')], day);
                }
            }
            if (holder == null) continue;
            // the nameless person standing for this description gives up its mention (and goes if it had no other)
            for (int i = entities.Count - 1; i >= 0; i--)
            {
                var e = entities[i];
                if (e.Type != EntityTypes.Person || !IsNamelessDescription(e) || !e.Mentions.Any(x => x.Start < m.End && m.Start < x.End)) continue;
                var rest = e.Mentions.Where(x => !(x.Start < m.End && m.Start < x.End)).ToImmutableArray();
                if (rest.Length == 0) entities.RemoveAt(i); else entities[i] = e with { Mentions = rest };
                start = Math.Min(start, e.Mentions.First(x => x.Start < m.End && m.Start < x.End).Start);
            }
            var mention = new Mention(start, end, text[start..end]);
            int at = entities.FindIndex(e => e.Type == EntityTypes.Person && ReferenceEquals(KbOf(kb, e), holder));
            if (at >= 0)
                entities[at] = entities[at] with { Mentions = [.. entities[at].Mentions.Append(mention).OrderBy(x => x.Start)] };
            else
                entities.Add(new Entity
                {
                    Id = NextId(entities), Kb = holder.Qid, Name = holder.Name, Type = EntityTypes.Person, Country = holder.Country,
                    Roles = [text[m.Start..end]], Mentions = [mention],
                });
            // "République" inside "le président de la République" is part of the role, not an organisation of its own
            for (int i = entities.Count - 1; i >= 0; i--)
            {
                var e = entities[i];
                if (e.Type == EntityTypes.Person || !e.Mentions.Any(x => x.Start >= start && x.End <= end && x.Start > m.Start)) continue;
                var kept = e.Mentions.Where(x => !(x.Start >= start && x.End <= end && x.Start > m.Start)).ToImmutableArray();
                if (kept.Length == 0) entities.RemoveAt(i); else entities[i] = e with { Mentions = kept };
            }
            changed = true;
        }
        return changed ? doc with { Entities = [.. entities] } : doc;
    }

    /// <summary>The knowledge-base entry of a document entity: by Wikidata id, else by its canonical name (bundled entries
    /// without an id).</summary>
    static KbEntity? KbOf(KnowledgeBase kb, Entity e) =>
        e.Kb != null ? kb.GetByQid(e.Kb) : kb.Get(e.Name) is { } k && k.Type == EntityTypes.Person ? k : null;

    static string NextId(List<Entity> entities)
    {
        int max = 0;
        foreach (var e in entities)
            if (e.Id.Length > 1 && e.Id[0] == 'e' && int.TryParse(e.Id.AsSpan(1), out var n) && n > max) max = n;
        return "e" + (max + 1);
    }

    /// <summary>Where the article before a role starts ("le", "la nouvelle", "the"), or -1 when there is none.</summary>
    static int ArticleBefore(string folded, int pos)
    {
        int i = pos;
        foreach (var mod in Modifiers)
            if (i >= mod.Length && string.CompareOrdinal(folded, i - mod.Length, mod, 0, mod.Length) == 0) { i -= mod.Length; break; }
        foreach (var a in Articles)
            if (i >= a.Length && string.CompareOrdinal(folded, i - a.Length, a, 0, a.Length) == 0
                && (i == a.Length || !TextFold.IsWordChar(folded[i - a.Length - 1])))
                return i - a.Length;
        return -1;
    }

    /// <summary>
    /// What follows an office phrase: a nationality word (its country, and the role's end after it), "de/du/des …" naming
    /// something else (blocked), or nothing.
    /// </summary>
    static (int End, string? Country, bool Blocked) Complement(string text, string folded, int end, KnowledgeBase kb)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length) return (end, null, false);
        var hit = kb.Names.FindLongest(text, folded, i, Math.Min(text.Length, i + 40)).FirstOrDefault(h => h.Start == i);
        if (hit.End > 0 && hit.Value.Demonym && hit.Value.Entity.IsCountry && hit.Value.Entity.Country != null && char.IsLower(text[i]))
            return (hit.End, hit.Value.Entity.Country, false);
        foreach (var p in new[] { "de ", "du ", "des ", "d'", "of " })
            if (string.CompareOrdinal(folded, i, p, 0, p.Length) == 0)
            {
                // "de la République", "du gouvernement", "de l'État": the role-defaults phrases; anything else blocks
                return (end, null, !IsDefaultComplement(folded, i));
            }
        return (end, null, false);
    }

    static bool IsDefaultComplement(string folded, int i)
    {
        foreach (var c in new[] { "de la republique", "du gouvernement", "de l'etat", "des affaires etrangeres", "de la diplomatie", "des armees" })
            if (string.CompareOrdinal(folded, i, c, 0, c.Length) == 0) return true;
        return false;
    }

    /// <summary>A person of the document who held one of the offices on the date (in the country, when one is named):
    /// the nearest mention before the role, else the first after it.</summary>
    static Entity? HolderInDocument(List<Entity> entities, KnowledgeBase kb, IReadOnlyList<string> offices, string? country, DateOnly? date, int pos)
    {
        Entity? best = null;
        int bestDistance = int.MaxValue;
        foreach (var e in entities)
        {
            if (e.Type != EntityTypes.Person || KbOf(kb, e) is not { } k) continue;
            if (!kb.RolesOf(k.Name, date).Any(r => offices.Contains(r.Office, StringComparer.OrdinalIgnoreCase) && (country == null || r.Of == country))) continue;
            foreach (var m in e.Mentions)
            {
                int distance = m.End <= pos ? pos - m.End : 100_000 + m.Start - pos;
                if (distance < bestDistance) { bestDistance = distance; best = e; }
            }
        }
        return best;
    }

    /// <summary>
    /// A person the Entities stage knows only by a description ("la présidente de la Commission", "the Portuguese
    /// boss"): no knowledge-base id, its name is one of its roles, and so is every mention.
    /// </summary>
    internal static bool IsNamelessDescription(Entity e) =>
        e.Kb == null && !e.Roles.IsDefaultOrEmpty && e.Mentions.Length > 0
        && e.Roles.Any(r => e.Name.EndsWith(r, StringComparison.OrdinalIgnoreCase))
        && e.Mentions.All(x => e.Roles.Any(r => x.Text.EndsWith(r, StringComparison.OrdinalIgnoreCase)));
}
