using System.Collections.Immutable;
using Parallax.Model;
using Parallax.Text;

namespace Parallax.Entities;

/// <summary>
/// The one place where a role description becomes the person holding the office: "le président russe", "the Kremlin
/// spokesman", "le porte-parole du gouvernement", "le Premier ministre", "son homologue américain". Backed by the
/// knowledge base's dated offices (<c>roles.tsv</c>, <c>offices.tsv</c>) and by <c>Entities/data/role-defaults.tsv</c>
/// (roles written without a country that name an office of the country a language's news is about), always on a date:
/// the publication date, or the date of the event the role is read at. The Entities stage uses it for its own role
/// linking and, at the end of its pass, for role descriptions nothing else resolved; the Quotes stage uses it to tell a
/// person known only by a description (a speaker to resolve through coreference) from a named one.
/// </summary>
public sealed class RoleResolver
{
    readonly KnowledgeBase _kb;

    /// <summary>Roles written without a country: folded role → (office, country, language).</summary>
    static readonly Lazy<PhraseMatcher<(string Office, string Country, string Lang)>> Defaults = new(() =>
        new PhraseMatcher<(string, string, string)>(DataFiles.ReadTsv("Entities/data/role-defaults.tsv").Select(r => (r[1], (r[2], r[3], r[0])))));

    static readonly string[] Articles = ["le ", "la ", "l'", "the "];
    static readonly string[] Contracted = ["du ", "au "];
    static readonly string[] Modifiers = ["nouveau ", "nouvelle ", "new "];

    public RoleResolver(KnowledgeBase kb) => _kb = kb;

    /// <summary>Who held one of <paramref name="offices"/> of a qualifier — a country ("président russe"), an organisation
    /// ("porte-parole du Kremlin"), or a capital or government institution standing for its country ("le chef du Kremlin":
    /// its head of state) — on <paramref name="date"/>.</summary>
    public KbEntity? Holder(IReadOnlyList<string> offices, KbEntity qualifier, DateOnly date)
    {
        var of = qualifier.IsCountry ? qualifier.Country! : qualifier.Name;
        foreach (var office in offices)
            if (_kb.HolderOf(office, of, date) is { } h) return h;
        if (!offices.Any(_kb.IsHeadOfStateOrGovernment)) return null;
        if (qualifier.IsCountry) return _kb.LeaderOf(qualifier.Country!, date);
        return _kb.GovernmentOf(qualifier) is { } government ? _kb.LeaderOf(government.Country!, date) : null;
    }

    /// <summary>"son homologue américain", "his US counterpart": the leader of that country on the date.</summary>
    public KbEntity? Counterpart(string country, DateOnly date) => _kb.LeaderOf(country, date);

    /// <summary>
    /// A person of the document the knowledge base gives one of the offices on the date (in the country, when one is
    /// named): the nearest mention before <paramref name="pos"/>, else the first after it.
    /// </summary>
    public Entity? HolderInDocument(IEnumerable<Entity> entities, IReadOnlyList<string> offices, string? country, DateOnly? date, int pos)
    {
        Entity? best = null;
        int bestDistance = int.MaxValue;
        foreach (var e in entities)
        {
            if (e.Type != EntityTypes.Person || IsDescriptionOnly(e)) continue;
            bool holds = KbOf(e) is { } k
                && _kb.RolesOf(k.Name, date).Any(r => offices.Contains(r.Office, StringComparer.OrdinalIgnoreCase) && (country == null || r.Of == country));
            if (!holds) continue;
            foreach (var m in e.Mentions)
            {
                int distance = m.End <= pos ? pos - m.End : 100_000 + m.Start - pos;
                if (distance < bestDistance) { bestDistance = distance; best = e; }
            }
        }
        return best;
    }

    /// <summary>
    /// Role descriptions left unlinked after the rest of the Entities stage — an article and an office phrase with no
    /// qualifier the knowledge base knows ("le président de la République", "le Premier ministre", "la porte-parole du
    /// gouvernement", "the prime minister") — linked to their holder on <paramref name="date"/>: a person of the document
    /// who held the office (<see cref="HolderInDocument"/>); else the holder in the country a nationality word after the
    /// role names ("le Premier ministre israélien") or a possessive relative before it refers to ("le Danemark, dont le Premier
/// ministre"); else, for the roles of <c>role-defaults.tsv</c> written without a
    /// country in <paramref name="lang"/>'s news ("le chef de l'État" in French), the holder in that default country.
    /// Without a date only a holder the document names is chosen. A role followed by "de …" naming something else ("le
    /// président du comité d'organisation") is left alone. A person known only by this description gives up the mention;
    /// an organisation inside the role ("République") is dropped.
    /// </summary>
    public ImmutableArray<Entity> LinkDescriptions(ImmutableArray<Entity> found, string text, string folded, string? lang, DateOnly? date,
        IReadOnlyList<PhraseMatch<string>> officeMatches)
    {
        List<Entity>? entities = null;
        foreach (var m in officeMatches)
        {
            int start = ArticleBefore(folded, m.Start);
            if (start < 0) continue;
            IReadOnlyList<Entity> current = entities ?? (IReadOnlyList<Entity>)found;
            // already a mention of a named person
            if (current.Any(e => e.Type == EntityTypes.Person && !IsDescriptionOnly(e) && e.Mentions.Any(x => x.Start < m.End && m.Start < x.End))) continue;
            var offices = _kb.FindOffices(text[m.Start..m.End]);
            if (offices.Count == 0) continue;
            var (end, country, blocked) = Complement(text, folded, m.Start, m.End, lang);
            if (blocked) continue;
            // "le Danemark, dont le Premier ministre", "Denmark, whose prime minister": the antecedent's office
            country ??= PossessiveAntecedent(text, folded, start);
            KbEntity? holder = null;
            if (HolderInDocument(current, offices, country, date, m.Start) is { } inDoc) holder = KbOf(inDoc);
            if (holder == null && country != null && date is { } on)
                foreach (var o in offices) if ((holder = _kb.HolderOf(o, country, on)) != null) break;
            if (holder == null && country == null && date is { } day && lang != null
                && Defaults.Value.FindLongest(text, folded, m.Start, Math.Min(text.Length, end + 40)).FirstOrDefault(h => h.Start == m.Start) is { End: > 0 } d
                && d.Value.Lang == lang)
            {
                end = Math.Max(end, d.End);
                holder = _kb.HolderOf(d.Value.Office, d.Value.Country, day);
            }
            if (holder == null) continue;
            entities ??= [.. found];
            // the person standing only for this description gives up its mention (and goes if it had no other)
            for (int i = entities.Count - 1; i >= 0; i--)
            {
                var e = entities[i];
                if (e.Type != EntityTypes.Person || !IsDescriptionOnly(e) || !e.Mentions.Any(x => x.Start < m.End && m.Start < x.End)) continue;
                start = Math.Min(start, e.Mentions.First(x => x.Start < m.End && m.Start < x.End).Start);
                var rest = e.Mentions.Where(x => !(x.Start < m.End && m.Start < x.End)).ToImmutableArray();
                if (rest.Length == 0) entities.RemoveAt(i); else entities[i] = e with { Mentions = rest };
            }
            var mention = new Mention(start, end, text[start..end]);
            int at = entities.FindIndex(e => e.Type == EntityTypes.Person && ReferenceEquals(KbOf(e), holder));
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
        }
        return entities == null ? found : [.. entities];
    }

    /// <summary>
    /// A person known only by a description ("la présidente de la Commission", "the Portuguese boss"): no knowledge-base
    /// id, its name is one of its roles, and so is every mention. Such a person is not a speaker of its own: the Quotes
    /// stage resolves the description through coreference to the person it refers to.
    /// </summary>
    public static bool IsDescriptionOnly(Entity e) =>
        e.Kb == null && !e.Roles.IsDefaultOrEmpty && e.Mentions.Length > 0
        && e.Roles.Any(r => e.Name.EndsWith(r, StringComparison.OrdinalIgnoreCase))
        && e.Mentions.All(x => e.Roles.Any(r => x.Text.EndsWith(r, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The knowledge-base entry of a document entity: by Wikidata id, else by its canonical name (bundled entries
    /// without an id).</summary>
    KbEntity? KbOf(Entity e) =>
        e.Kb != null ? _kb.GetByQid(e.Kb) : _kb.Get(e.Name) is { } k && k.Type == EntityTypes.Person ? k : null;

    static string NextId(List<Entity> entities)
    {
        int max = 0;
        foreach (var e in entities)
            if (e.Id.Length > 1 && e.Id[0] == 'e' && int.TryParse(e.Id.AsSpan(1), out var n) && n > max) max = n;
        return "e" + (max + 1);
    }

    /// <summary>Where the role's mention starts: at the article before it ("le", "la nouvelle", "the"), after a contracted
    /// one ("du", "au"); -1 when there is none.</summary>
    static int ArticleBefore(string folded, int pos)
    {
        int i = pos;
        foreach (var mod in Modifiers)
            if (i >= mod.Length && string.CompareOrdinal(folded, i - mod.Length, mod, 0, mod.Length) == 0) { i -= mod.Length; break; }
        foreach (var a in Articles)
            if (i >= a.Length && string.CompareOrdinal(folded, i - a.Length, a, 0, a.Length) == 0
                && (i == a.Length || !TextFold.IsWordChar(folded[i - a.Length - 1])))
                return i - a.Length;
        // a contracted article ("du président de la République", "au Premier ministre") is not part of the role
        foreach (var a in Contracted)
            if (i >= a.Length && string.CompareOrdinal(folded, i - a.Length, a, 0, a.Length) == 0
                && (i == a.Length || !TextFold.IsWordChar(folded[i - a.Length - 1])))
                return i;
        return -1;
    }

    /// <summary>
    /// The country a possessive relative before a role refers to ("du Danemark, dont le Premier ministre a rejeté …",
    /// "Denmark, whose prime minister …"): the country named (or whose capital is named) right before ", dont"/", whose".
    /// </summary>
    string? PossessiveAntecedent(string text, string folded, int roleStart)
    {
        int i = roleStart;
        while (i > 0 && folded[i - 1] == ' ') i--;
        int rel = -1;
        foreach (var w in (ReadOnlySpan<string>)["dont", "whose"])
            if (i >= w.Length && string.CompareOrdinal(folded, i - w.Length, w, 0, w.Length) == 0 && (i == w.Length || !TextFold.IsWordChar(folded[i - w.Length - 1])))
                rel = i - w.Length;
        if (rel < 0) return null;
        int comma = rel;
        while (comma > 0 && folded[comma - 1] == ' ') comma--;
        if (comma == 0 || folded[comma - 1] != ',') return null;
        comma--;
        foreach (var h in _kb.Names.FindLongest(text, folded, Math.Max(0, comma - 40), comma))
            if (h.End == comma && !h.Value.Demonym && h.Value.Entity.Country != null && (h.Value.Entity.IsCountry || h.Value.Entity.Kind == "capital"))
                return h.Value.Entity.Country;
        return null;
    }

    /// <summary>
    /// What follows an office phrase: a nationality word (its country, and the role's end after it), "de/du/des …" naming
    /// something else (blocked, unless a role of <c>role-defaults.tsv</c> goes on there: "du gouvernement", "de la
    /// République"), or nothing.
    /// </summary>
    (int End, string? Country, bool Blocked) Complement(string text, string folded, int start, int end, string? lang)
    {
        int i = end;
        while (i < text.Length && text[i] == ' ') i++;
        if (i >= text.Length) return (end, null, false);
        var hit = _kb.Names.FindLongest(text, folded, i, Math.Min(text.Length, i + 40)).FirstOrDefault(h => h.Start == i);
        if (hit.End > 0 && hit.Value.Demonym && hit.Value.Entity.IsCountry && hit.Value.Entity.Country != null && char.IsLower(text[i]))
            return (hit.End, hit.Value.Entity.Country, false);
        foreach (var p in (ReadOnlySpan<string>)["de ", "du ", "des ", "d'", "of "])
            if (string.CompareOrdinal(folded, i, p, 0, p.Length) == 0)
            {
                bool listed = Defaults.Value.FindLongest(text, folded, start, Math.Min(text.Length, i + 40)).Any(h => h.Start == start && h.End > i && h.Value.Lang == lang);
                return (end, null, !listed);
            }
        return (end, null, false);
    }
}
