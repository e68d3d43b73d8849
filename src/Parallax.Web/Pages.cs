using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parallax.Model;
using Parallax.Storage;

namespace Parallax.Web;

/// <summary>The server-rendered web interface: plain HTML, one stylesheet, no script.</summary>
public static class Pages
{
    const int PageSize = 50;

    public static void Map(WebApplication app, WebOptions options)
    {
        var store = options.Store;
        app.MapGet("/", (int? offset) => Page("Stories", StoryList(store, offset ?? 0))).ExcludeFromDescription();
        app.MapGet("/stories/{id}", (string id) => store.GetStory(id) is { } s ? Page(s.Title, StoryPage(store, s)) : Missing($"No story '{id}'.")).ExcludeFromDescription();
        app.MapGet("/entities", (string? name, string? type, int? offset) => Page("Entities", EntityList(store, name, type, offset ?? 0))).ExcludeFromDescription();
        app.MapGet("/entities/{key}", (string key) =>
        {
            var found = store.BrowseEntities(new EntityQuery { Name = key, Limit = 1 });
            return found.Count == 0 ? Missing($"No entity '{key}'.") : Page(found[0].Name, EntityPage(store, found[0]));
        }).ExcludeFromDescription();
        app.MapGet("/events", ([Microsoft.AspNetCore.Http.AsParameters] EventParams p) => Page("Events", EventSearch(store, p))).ExcludeFromDescription();
        app.MapGet("/documents", (string? q, string? source, string? language, string? from, string? to, int? offset) =>
            Page("Documents", DocumentList(store, q, source, language, from, to, offset ?? 0))).ExcludeFromDescription();
        app.MapGet("/search", (string? q, int? offset) => Page("Search", DocumentList(store, q, null, null, null, null, offset ?? 0))).ExcludeFromDescription();
        app.MapGet("/documents/{id}", (string id) => store.GetDocument(id) is { } d ? Page(d.Title ?? d.Id, DocumentPage(store, d)) : Missing($"No document '{id}'.")).ExcludeFromDescription();
    }

    static IResult Page(string title, string body) => Results.Content(Layout(title, body), "text/html; charset=utf-8");

    static IResult Missing(string message)
    {
        var h = new Html();
        h.El("h1", "Not found").El("p", message).Raw("<p>").A("/", "Back to the stories").Raw("</p>");
        return Results.Content(Layout("Not found", h.ToString()), "text/html; charset=utf-8", statusCode: 404);
    }

    /// <summary>The page around a body: header, navigation, main landmark.</summary>
    public static string Layout(string title, string body)
    {
        var h = new Html();
        h.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.Raw("<title>").T(title).Raw(" · Parallax</title><link rel=\"stylesheet\" href=\"/assets/site.css\"><link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\"></head><body>");
        h.Raw("<a class=\"skip\" href=\"#main\">Skip to content</a><header class=\"top\"><a class=\"brand\" href=\"/\">Parallax</a><nav aria-label=\"Main\"><ul>");
        h.Raw("<li><a href=\"/\">Stories</a></li><li><a href=\"/events\">Events</a></li><li><a href=\"/entities\">Entities</a></li><li><a href=\"/documents\">Documents</a></li>");
        h.Raw("</ul></nav><form class=\"quick\" action=\"/search\" method=\"get\" role=\"search\"><label for=\"qs\" class=\"vh\">Search the documents</label>");
        h.Raw("<input id=\"qs\" name=\"q\" type=\"search\" placeholder=\"Search documents\"><button type=\"submit\">Search</button></form></header>");
        h.Raw("<main id=\"main\" tabindex=\"-1\">").Raw(body).Raw("</main></body></html>");
        return h.ToString();
    }

    // ------------------------------------------------------------------ stories

    static string StoryList(IDocumentStore store, int offset)
    {
        if (offset < 0) throw new ArgumentException("offset must be 0 or more.");
        var total = store.CountStories();
        var stories = store.GetStories(offset, PageSize + 1);
        var docs = Api.StoryDocs(store, stories.Take(PageSize));
        var h = new Html();
        h.El("h1", "Stories");
        h.Raw("<p class=\"muted\">").N(total).T(" stories: documents about the same event, across sources and languages.").Raw("</p>");
        if (stories.Count == 0) { h.El("p", "No story yet: ingest pages with 'parallax ingest' (or 'parallax demo')."); return h.ToString(); }
        h.Raw("<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Story</th><th scope=\"col\">Documents</th><th scope=\"col\">Sources</th><th scope=\"col\">Languages</th><th scope=\"col\">Events</th><th scope=\"col\">Disagreements</th></tr></thead><tbody>");
        foreach (var s in stories.Take(PageSize))
        {
            var mine = s.Documents.Select(id => docs.GetValueOrDefault(id)).OfType<DocumentSummary>().ToList();
            var sources = mine.Select(Api.SourceOf).Distinct().Order().ToList();
            var langs = mine.Select(d => d.Language).OfType<string>().Distinct().Order().ToList();
            h.Raw("<tr><td>").A("/stories/" + Html.Seg(s.Id), s.Title).Raw("</td><td class=\"num\">").N(s.Documents.Length);
            h.Raw("</td><td><span class=\"num\">").N(sources.Count).Raw("</span> <span class=\"muted\">").T(string.Join(", ", sources.Take(4)) + (sources.Count > 4 ? "…" : ""));
            h.Raw("</span></td><td><span class=\"num\">").N(langs.Count).Raw("</span> <span class=\"muted\">").T(string.Join(", ", langs)).Raw("</span></td><td class=\"num\">").N(s.Events.Length);
            h.Raw("</td><td class=\"num\">").N(s.Events.Sum(e => e.Conflicts.Length)).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        Pager(h, offset, stories.Count > PageSize, o => Html.Url("/", ("offset", o)));
        return h.ToString();
    }

    static string StoryPage(IDocumentStore store, Story s)
    {
        const int maxColumns = 4;
        var summaries = Api.StoryDocs(store, [s]);
        string Src(string docId) => summaries.TryGetValue(docId, out var d) ? Api.SourceOf(d) : docId[..Math.Min(12, docId.Length)];
        var h = new Html();
        h.Raw("<p class=\"crumbs\">").A("/", "Stories").Raw(" › </p>");
        h.El("h1", s.Title);
        h.Raw("<p class=\"muted\">").N(s.Documents.Length).T(" documents from ").N(s.Documents.Select(Src).Distinct().Count()).T(" sources in ")
            .N(s.Documents.Select(d => summaries.GetValueOrDefault(d)?.Language).OfType<string>().Distinct().Count()).T(" language(s); ")
            .N(s.Events.Length).T(" events.").Raw("</p>");
        h.Raw("<nav class=\"toc\" aria-label=\"On this page\"><a href=\"#timeline\">Timeline</a> <a href=\"#disagreements\">Disagreements</a> <a href=\"#sources\">Sources side by side</a> <a href=\"#events\">All events</a></nav>");

        // timeline
        var timeline = Timeline.Of(s);
        h.Raw("<section id=\"timeline\" aria-labelledby=\"h-timeline\"><h2 id=\"h-timeline\">Timeline</h2><div class=\"scroll\">");
        Timeline.Svg(h, timeline);
        h.Raw("</div><ol class=\"timeline-list\">");
        foreach (var t in timeline)
        {
            h.Raw("<li><time datetime=").Raw(Html.Attr(t.First.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Raw(">").T(Html.Date(t.Date)).Raw("</time><ul>");
            foreach (var e in t.Events) h.Raw("<li>").T(Timeline.Describe(e)).Raw(" <span class=\"muted\">(").N(e.Mentions.Select(m => m.Document).Distinct().Count()).T(" source(s))").Raw("</span></li>");
            h.Raw("</ul></li>");
        }
        h.Raw("</ol></section>");

        // disagreements
        h.Raw("<section id=\"disagreements\" aria-labelledby=\"h-dis\"><h2 id=\"h-dis\">Disagreements</h2>");
        var conflicted = s.Events.Where(e => e.Conflicts.Length > 0).ToList();
        if (conflicted.Count == 0) h.El("p", "The sources agree on every event they share.", "muted");
        foreach (var e in conflicted)
        {
            h.Raw("<article class=\"conflict\"><h3>").T(Timeline.Describe(e)).Raw(" <span class=\"muted\">").T(Html.Date(e.Date)).Raw("</span></h3>");
            foreach (var c in e.Conflicts)
            {
                h.Raw("<div class=\"scroll\"><table class=\"values\" data-attribute=").Raw(Html.Attr(c.Attribute)).Raw("><caption>").T(c.Attribute.Replace('_', ' '))
                    .Raw(" <span class=\"").Raw(c.Compatible ? "ok" : "bad").Raw("\">").T(c.Compatible ? "compatible" : "contradictory").Raw("</span></caption>");
                h.Raw("<thead><tr><th scope=\"col\">Source</th><th scope=\"col\">Value</th><th scope=\"col\">In the text</th></tr></thead><tbody>");
                foreach (var v in c.Values)
                {
                    h.Raw("<tr><th scope=\"row\">").A("/documents/" + Html.Seg(v.Document), Src(v.Document)).Raw("</th><td>").T(HumanValue(c.Attribute, v.Value))
                        .Raw("</td><td>").T(v.Text is null ? "" : "“" + v.Text + "”").Raw("</td></tr>");
                }
                h.Raw("</tbody></table></div>");
            }
            h.Raw("</article>");
        }
        h.Raw("</section>");

        // sources side by side, with the evidence of the story's events highlighted
        h.Raw("<section id=\"sources\" aria-labelledby=\"h-src\"><h2 id=\"h-src\">Sources side by side</h2>");
        var byDoc = s.Events.SelectMany(e => e.Mentions.Select(m => (m.Document, m.Event, e))).GroupBy(x => x.Document, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToDictionary(x => x.Event, x => x.e, StringComparer.Ordinal), StringComparer.Ordinal);
        if (s.Documents.Length > maxColumns)
            h.Raw("<p class=\"muted\">The first ").N(maxColumns).T(" of ").N(s.Documents.Length).T(" documents; the others are listed below.").Raw("</p>");
        h.Raw("<div class=\"columns\">");
        foreach (var id in s.Documents.Take(maxColumns))
        {
            var doc = store.GetDocument(id);
            h.Raw("<article class=\"source\"><h3>").A("/documents/" + Html.Seg(id), Src(id)).Raw("</h3>");
            if (doc is null) { h.El("p", "This document is no longer stored.", "muted"); h.Raw("</article>"); continue; }
            h.Raw("<p class=\"meta\">").T(doc.Title).Raw("<br><span class=\"muted\">").T(string.Join(" · ", new[] { doc.Language, Html.Date(doc.Published) }.Where(x => !string.IsNullOrEmpty(x)))).Raw("</span></p>");
            var evs = byDoc.GetValueOrDefault(id) ?? [];
            var marks = new List<Annotation>();
            foreach (var ev in doc.Events)
            {
                if (!evs.TryGetValue(ev.Id, out var se)) continue;
                var label = Timeline.Describe(se) + (se.Date is null ? "" : " (" + Html.Date(se.Date) + ")");
                foreach (var sp in ev.Evidence) marks.Add(new Annotation(sp.Start, sp.End, "evid", label));
                if (ev.Trigger is { } tr) marks.Add(new Annotation(tr.Start, tr.End, "trig", ev.Type));
            }
            foreach (var c in s.Events.SelectMany(e => e.Conflicts))
            foreach (var v in c.Values.Where(v => v.Document == id && v.Text != null))
            {
                int at = doc.Text.IndexOf(v.Text!, StringComparison.Ordinal);
                if (at >= 0) marks.Add(new Annotation(at, at + v.Text!.Length, "claim", c.Attribute + ": " + HumanValue(c.Attribute, v.Value)));
            }
            h.Raw("<div class=\"text\">");
            Annotated(h, doc.Text, marks);
            h.Raw("</div></article>");
        }
        h.Raw("</div>");
        if (s.Documents.Length > maxColumns)
        {
            h.Raw("<ul>");
            foreach (var id in s.Documents.Skip(maxColumns)) h.Raw("<li>").A("/documents/" + Html.Seg(id), Src(id) + " — " + (summaries.GetValueOrDefault(id)?.Title ?? id)).Raw("</li>");
            h.Raw("</ul>");
        }
        h.Raw("</section>");

        // every event
        h.Raw("<section id=\"events\" aria-labelledby=\"h-ev\"><h2 id=\"h-ev\">All events</h2><div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Type</th><th scope=\"col\">Actors</th><th scope=\"col\">Targets</th><th scope=\"col\">Sources</th></tr></thead><tbody>");
        foreach (var e in s.Events)
        {
            h.Raw("<tr><td>").T(Html.Date(e.Date)).Raw("</td><td>").T(e.Type + (e.Mode is null ? "" : "/" + e.Mode)).Raw("</td><td>");
            Names(h, e.Actors);
            h.Raw("</td><td>");
            Names(h, e.Targets);
            h.Raw("</td><td>");
            bool first = true;
            foreach (var m in e.Mentions)
            {
                if (!first) h.Raw(", ");
                first = false;
                h.A("/documents/" + Html.Seg(m.Document), Src(m.Document));
            }
            h.Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div></section>");
        return h.ToString();
    }

    /// <summary>PT1H30M reads "1 h 30 min"; other values as they are.</summary>
    static string HumanValue(string attribute, string? value)
    {
        if (value is null) return "—";
        if (value.StartsWith("PT", StringComparison.Ordinal) || (value.StartsWith('P') && value.Length > 1 && char.IsDigit(value[1])))
        {
            try { var ts = System.Xml.XmlConvert.ToTimeSpan(value); return (ts.Days > 0 ? ts.Days + " d " : "") + (ts.Hours > 0 ? ts.Hours + " h " : "") + (ts.Minutes > 0 ? ts.Minutes + " min" : "") is { Length: > 0 } x ? x.Trim() + " (" + value + ")" : value; }
            catch (FormatException) { return value; }
        }
        return attribute == "date" ? Html.Date(value) + (Html.Date(value) == value ? "" : " (" + value + ")") : value;
    }

    static void Names(Html h, IEnumerable<string> names)
    {
        bool first = true;
        foreach (var n in names)
        {
            if (!first) h.Raw(", ");
            first = false;
            h.A("/entities/" + Html.Seg(n), n);
        }
    }

    // ------------------------------------------------------------------ annotated text

    /// <summary>A highlighted span: CSS class and a tooltip.</summary>
    public readonly record struct Annotation(int Start, int End, string Class, string Title);

    /// <summary>
    /// Writes the text with each annotated stretch in a &lt;mark&gt; carrying the classes and tooltips of every
    /// annotation covering it (overlaps are split into flat segments). All text is escaped.
    /// </summary>
    public static void Annotated(Html h, string text, IReadOnlyList<Annotation> annotations)
    {
        var valid = annotations.Where(a => a.Start >= 0 && a.End <= text.Length && a.End > a.Start).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var a in valid) { cuts.Add(a.Start); cuts.Add(a.End); }
        var points = cuts.ToArray();
        var byStart = valid.OrderBy(a => a.Start).ToList();
        var active = new List<Annotation>();
        int next = 0;
        for (int i = 0; i + 1 < points.Length; i++)
        {
            int s = points[i], e = points[i + 1];
            active.RemoveAll(a => a.End <= s);
            while (next < byStart.Count && byStart[next].Start <= s) { if (byStart[next].End > s) active.Add(byStart[next]); next++; }
            var seg = text.AsSpan(s, e - s);
            if (active.Count == 0) { h.T(seg); continue; }
            var classes = string.Join(' ', active.Select(a => a.Class).Distinct());
            var title = string.Join(" | ", active.Select(a => a.Title).Distinct());
            h.Raw("<mark class=").Raw(Html.Attr(classes)).Raw(" title=").Raw(Html.Attr(title)).Raw(">").T(seg).Raw("</mark>");
        }
    }

    // ------------------------------------------------------------------ documents

    static string DocumentList(IDocumentStore store, string? q, string? source, string? language, string? from, string? to, int offset)
    {
        if (offset < 0) throw new ArgumentException("offset must be 0 or more.");
        var h = new Html();
        h.El("h1", string.IsNullOrWhiteSpace(q) ? "Documents" : "Search");
        h.Raw("<form class=\"filters\" action=\"/documents\" method=\"get\">");
        Field(h, "q", "Words (full text)", q, "search");
        Field(h, "source", "Source", source);
        Field(h, "language", "Language", language);
        Field(h, "from", "Published from", from, placeholder: "yyyy-MM-dd");
        Field(h, "to", "Published to", to, placeholder: "yyyy-MM-dd");
        h.Raw("<button type=\"submit\">Search</button></form>");
        var rows = store.ListDocuments(new DocumentQuery
        {
            Text = Blank(q), Source = Blank(source), Language = Blank(language), From = Blank(from), To = Blank(to),
            Descending = true, Offset = offset, Limit = PageSize + 1,
        });
        if (rows.Count == 0) { h.El("p", "No document matches.", "muted"); return h.ToString(); }
        h.Raw("<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Title</th><th scope=\"col\">Source</th><th scope=\"col\">Language</th><th scope=\"col\">Published</th><th scope=\"col\">Events</th></tr></thead><tbody>");
        foreach (var d in rows.Take(PageSize))
        {
            h.Raw("<tr><td>").A("/documents/" + Html.Seg(d.Id), string.IsNullOrWhiteSpace(d.Title) ? d.Id[..12] : d.Title).Raw("</td><td>").T(Api.SourceOf(d))
                .Raw("</td><td>").T(d.Language).Raw("</td><td>").T(Html.Date(d.Published)).Raw("</td><td class=\"num\">").N(d.EventCount).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
        Pager(h, offset, rows.Count > PageSize, o => Html.Url("/documents", ("q", q), ("source", source), ("language", language), ("from", from), ("to", to), ("offset", o)));
        return h.ToString();
    }

    static string DocumentPage(IDocumentStore store, Document d)
    {
        var h = new Html();
        h.Raw("<p class=\"crumbs\">").A("/documents", "Documents").Raw(" › </p>");
        h.El("h1", string.IsNullOrWhiteSpace(d.Title) ? d.Id[..12] : d.Title);
        h.Raw("<p class=\"meta\">").T(d.Source.Name ?? d.Source.Path);
        if (d.Source.Url is { } url) h.Raw(" · ").A(url, url, "ext");
        h.Raw(" · ").T(d.Language).Raw(" · ").T(Html.Date(d.Published)).Raw("<br><span class=\"muted id\">").T(d.Id).Raw("</span></p>");
        var stories = store.GetStoriesOfDocument(d.Id);
        if (stories.Count > 0)
        {
            h.Raw("<p>In ");
            for (int i = 0; i < stories.Count; i++) { if (i > 0) h.Raw(", "); h.A("/stories/" + Html.Seg(stories[i].Id), stories[i].Title); }
            h.Raw("</p>");
        }
        var names = d.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        string N(string id) => names.GetValueOrDefault(id) ?? id;
        var marks = new List<Annotation>();
        foreach (var e in d.Entities)
            foreach (var m in e.Mentions) marks.Add(new Annotation(m.Start, m.End, "ent " + e.Type.ToLowerInvariant(), e.Type + ": " + e.Name + (e.Kb is null ? "" : " (" + e.Kb + ")")));
        foreach (var t in d.Times) marks.Add(new Annotation(t.Start, t.End, "time", t.Kind + ": " + t.Value + (t.Conflict is null ? "" : " — " + t.Conflict)));
        foreach (var q in d.Quotes) marks.Add(new Annotation(q.Start, q.End, "quote", (q.Direct ? "quote" : "reported speech") + (q.Speaker is null ? "" : " by " + N(q.Speaker))));
        foreach (var ev in d.Events)
        {
            var label = ev.Type + (ev.Mode is null ? "" : "/" + ev.Mode) + ": " + string.Join(", ", ev.Actors.Select(N)) + (ev.Targets.Length == 0 ? "" : " → " + string.Join(", ", ev.Targets.Select(N)));
            foreach (var sp in ev.Evidence) marks.Add(new Annotation(sp.Start, sp.End, "evid", label));
            if (ev.Trigger is { } tr) marks.Add(new Annotation(tr.Start, tr.End, "trig", "trigger of " + label));
        }
        h.Raw("<p class=\"legend\" aria-label=\"Legend\"><mark class=\"ent person\">person</mark> <mark class=\"ent organization\">organisation</mark> <mark class=\"ent location\">place</mark> <mark class=\"time\">time</mark> <mark class=\"quote\">quote</mark> <mark class=\"evid\">event evidence</mark> <mark class=\"trig\">event trigger</mark></p>");
        h.Raw("<div class=\"doc\"><article class=\"text\" aria-label=\"Article text\">");
        Annotated(h, d.Text, marks);
        h.Raw("</article><aside class=\"facts\">");
        h.El("h2", "Entities").Raw("<ul>");
        foreach (var e in d.Entities) { h.Raw("<li>").A("/entities/" + Html.Seg(e.Kb ?? e.Name), e.Name).Raw(" <span class=\"muted\">").T(e.Type.ToLowerInvariant() + (e.Roles.Length > 0 ? " · " + string.Join(", ", e.Roles) : "")).Raw("</span></li>"); }
        h.Raw("</ul>");
        h.El("h2", "Events").Raw("<ul>");
        foreach (var ev in d.Events)
            h.Raw("<li>").T(ev.Type + (ev.Mode is null ? "" : "/" + ev.Mode)).Raw(" ").T(string.Join(", ", ev.Actors.Select(N)) + (ev.Targets.Length == 0 ? "" : " → " + string.Join(", ", ev.Targets.Select(N))))
                .Raw(" <span class=\"muted\">").T(Html.Date(ev.Date) + " · " + ev.Status).Raw("</span></li>");
        h.Raw("</ul>");
        h.El("h2", "Times").Raw("<ul>");
        foreach (var t in d.Times) h.Raw("<li>“").T(t.Text).Raw("” <span class=\"muted\">").T(t.Value).Raw("</span></li>");
        h.Raw("</ul></aside></div>");
        return h.ToString();
    }

    // ------------------------------------------------------------------ entities

    static string EntityList(IDocumentStore store, string? name, string? type, int offset)
    {
        if (offset < 0) throw new ArgumentException("offset must be 0 or more.");
        var h = new Html();
        h.El("h1", "Entities");
        h.Raw("<form class=\"filters\" action=\"/entities\" method=\"get\">");
        Field(h, "name", "Name or Wikidata id", name, "search");
        Field(h, "type", "Type", type, placeholder: "PERSON, ORGANIZATION, LOCATION");
        h.Raw("<button type=\"submit\">Find</button></form>");
        var rows = store.BrowseEntities(new EntityQuery { Name = Blank(name), Type = Blank(type), Offset = offset, Limit = PageSize + 1 });
        if (rows.Count == 0) { h.El("p", "No entity matches.", "muted"); return h.ToString(); }
        h.Raw("<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Type</th><th scope=\"col\">Country</th><th scope=\"col\">Documents</th></tr></thead><tbody>");
        foreach (var e in rows.Take(PageSize))
            h.Raw("<tr><td>").A("/entities/" + Html.Seg(e.Kb ?? e.Name), e.Name).Raw("</td><td>").T(e.Type.ToLowerInvariant()).Raw("</td><td>").T(e.Country)
                .Raw("</td><td class=\"num\">").N(e.Documents).Raw("</td></tr>");
        h.Raw("</tbody></table></div>");
        Pager(h, offset, rows.Count > PageSize, o => Html.Url("/entities", ("name", name), ("type", type), ("offset", o)));
        return h.ToString();
    }

    static string EntityPage(IDocumentStore store, EntitySummary e)
    {
        var key = e.Kb ?? e.Name;
        var h = new Html();
        h.Raw("<p class=\"crumbs\">").A("/entities", "Entities").Raw(" › </p>");
        h.El("h1", e.Name);
        h.Raw("<p class=\"meta\">").T(e.Type.ToLowerInvariant());
        if (e.Country != null) h.Raw(" · ").T(e.Country);
        if (e.Kb != null) h.Raw(" · ").A("https://www.wikidata.org/wiki/" + Html.Seg(e.Kb), e.Kb, "ext");
        h.Raw(" · ").N(e.Documents).T(" documents").Raw("</p>");

        h.Raw("<section aria-labelledby=\"h-roles\"><h2 id=\"h-roles\">Roles over time</h2>");
        var roles = store.GetEntityRoles(key);
        if (e.Documents > StoreBrowse.Recent)
            h.Raw("<p class=\"muted\">From its latest ").N(StoreBrowse.Recent).T(" documents; the network from its latest ").N(StoreBrowse.Recent).T(" events.").Raw("</p>");
        if (roles.Count == 0) h.El("p", "No role given in the documents.", "muted");
        else
        {
            RolesSvg(h, roles);
            h.Raw("<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Role</th><th scope=\"col\">First seen</th><th scope=\"col\">Last seen</th><th scope=\"col\">Documents</th></tr></thead><tbody>");
            foreach (var r in roles)
                h.Raw("<tr><td>").T(r.Role).Raw("</td><td>").T(Html.Date(r.First)).Raw("</td><td>").T(Html.Date(r.Last)).Raw("</td><td class=\"num\">").N(r.Documents).Raw("</td></tr>");
            h.Raw("</tbody></table></div>");
        }
        h.Raw("</section>");

        h.Raw("<section aria-labelledby=\"h-net\"><h2 id=\"h-net\">Who deals with whom</h2>");
        var links = store.GetEntityNetwork(key);
        if (links.Count == 0) h.El("p", "No shared event.", "muted");
        else Network.Svg(h, e.Name, links);
        h.Raw("</section>");

        foreach (var (role, title) in new[] { ("actor", "Events as actor"), ("target", "Events as recipient") })
        {
            h.Raw("<section aria-labelledby=\"h-").Raw(role).Raw("\"><h2 id=\"h-").Raw(role).Raw("\">").T(title).Raw("</h2>");
            var q = role == "actor" ? new EventQuery { Actor = key, Descending = true, Limit = 21 } : new EventQuery { Target = key, Descending = true, Limit = 21 };
            var rows = store.QueryEvents(q);
            EventTable(h, rows.Take(20).ToList());
            if (rows.Count > 20) h.Raw("<p>").A(Html.Url("/events", (role, key), ("desc", "true")), "All " + title.ToLowerInvariant()).Raw("</p>");
            h.Raw("</section>");
        }
        return h.ToString();
    }

    /// <summary>Each role as a bar from the first to the last day a document gave it.</summary>
    static void RolesSvg(Html h, IReadOnlyList<EntityRole> roles)
    {
        var dated = roles.Where(r => r.First != null && r.Last != null).Take(15).ToList();
        if (dated.Count == 0) return;
        const int width = 900, labelW = 300, rowH = 22, top = 22;
        int minD = dated.Min(r => r.First!.Value.DayNumber) - 10, maxD = dated.Max(r => r.Last!.Value.DayNumber) + 10;
        double X(DateOnly d) => labelW + (d.DayNumber - minD) / (double)(maxD - minD) * (width - labelW - 10);
        int height = top + dated.Count * rowH + 6;
        h.Raw($"<div class=\"scroll\"><svg class=\"roles\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"Roles over time\">");
        h.Raw("<text class=\"year\" x=\"").Raw(labelW.ToString(CultureInfo.InvariantCulture)).Raw("\" y=\"14\">").T(Html.Date(new DateOnly(1, 1, 1).AddDays(minD + 10))).Raw("</text>");
        h.Raw("<text class=\"year\" text-anchor=\"end\" x=\"").Raw((width - 10).ToString(CultureInfo.InvariantCulture)).Raw("\" y=\"14\">").T(Html.Date(new DateOnly(1, 1, 1).AddDays(maxD - 10))).Raw("</text>");
        for (int i = 0; i < dated.Count; i++)
        {
            var r = dated[i];
            double y = top + i * rowH;
            double x1 = X(r.First!.Value), x2 = Math.Max(X(r.Last!.Value.AddDays(1)), x1 + 4);
            h.Raw($"<text class=\"label\" x=\"{labelW - 8}\" y=\"{(y + 14).ToString(CultureInfo.InvariantCulture)}\" text-anchor=\"end\">").T(r.Role.Length > 40 ? r.Role[..40] + "…" : r.Role).Raw("</text>");
            h.Raw("<rect class=\"period\" x=\"").Raw(x1.ToString("0.#", CultureInfo.InvariantCulture)).Raw("\" y=\"").Raw((y + 5).ToString(CultureInfo.InvariantCulture))
                .Raw("\" width=\"").Raw((x2 - x1).ToString("0.#", CultureInfo.InvariantCulture)).Raw("\" height=\"12\" rx=\"3\"><title>").T($"{r.Role}: {Html.Date(r.First)} – {Html.Date(r.Last)}").Raw("</title></rect>");
        }
        h.Raw("</svg></div>");
    }

    // ------------------------------------------------------------------ events

    static string EventSearch(IDocumentStore store, EventParams p)
    {
        var offset = p.Offset ?? 0;
        if (offset < 0) throw new ArgumentException("offset must be 0 or more.");
        var h = new Html();
        h.El("h1", "Events");
        h.Raw("<form class=\"filters\" action=\"/events\" method=\"get\">");
        Field(h, "actor", "Actor", p.Actor);
        Field(h, "target", "Recipient", p.Target);
        Field(h, "type", "Type", p.Type, placeholder: "CONSULT, AGREE…");
        Field(h, "from", "From", p.From, placeholder: "yyyy[-MM[-dd]]");
        Field(h, "to", "To", p.To, placeholder: "yyyy[-MM[-dd]]");
        Field(h, "source", "Source", p.Source);
        Field(h, "q", "Words in the document", p.Q, "search");
        Field(h, "status", "Status", p.Status, placeholder: "occurred, planned…");
        h.Raw("<label class=\"check\"><input type=\"checkbox\" name=\"desc\" value=\"true\"").Raw(p.Desc == true ? " checked" : "").Raw("> Latest first</label>");
        h.Raw("<button type=\"submit\">Search</button></form>");
        var resolved = p.Resolve(store);
        foreach (var (typed, used) in new[] { (p.Actor, resolved.Actor), (p.Target, resolved.Target), (p.Participant, resolved.Participant) })
            if (!string.IsNullOrWhiteSpace(typed) && typed.Trim() != used)
                h.Raw("<p class=\"muted\">“").T(typed).Raw("” is ").A("/entities/" + Html.Seg(used!), used).Raw("</p>");
        var rows = store.QueryEvents(resolved.ToQuery(offset, PageSize + 1));
        EventTable(h, rows.Take(PageSize).ToList());
        Pager(h, offset, rows.Count > PageSize, o => Html.Url("/events", ("actor", p.Actor), ("target", p.Target), ("participant", p.Participant), ("type", p.Type), ("mode", p.Mode),
            ("status", p.Status), ("from", p.From), ("to", p.To), ("source", p.Source), ("document", p.Document), ("q", p.Q), ("language", p.Language), ("desc", p.Desc == true ? "true" : null), ("offset", o)));
        return h.ToString();
    }

    static void EventTable(Html h, IReadOnlyList<EventRow> rows)
    {
        if (rows.Count == 0) { h.El("p", "No event matches.", "muted"); return; }
        h.Raw("<div class=\"scroll\"><table class=\"list\"><thead><tr><th scope=\"col\">Date</th><th scope=\"col\">Type</th><th scope=\"col\">Actors</th><th scope=\"col\">Recipients</th><th scope=\"col\">Status</th><th scope=\"col\">Document</th></tr></thead><tbody>");
        foreach (var r in rows)
        {
            h.Raw("<tr><td>").T(Html.Date(r.Event.Date)).Raw("</td><td>").T(r.Event.Type + (r.Event.Mode is null ? "" : "/" + r.Event.Mode)).Raw("</td><td>");
            Names(h, r.Actors);
            h.Raw("</td><td>");
            Names(h, r.Targets);
            h.Raw("</td><td>").T(r.Event.Status).Raw("</td><td>").A("/documents/" + Html.Seg(r.DocumentId), (r.SourceName ?? r.DocumentId[..12]) + (r.Published is { } pd ? ", " + Html.Date(pd) : "")).Raw("</td></tr>");
        }
        h.Raw("</tbody></table></div>");
    }

    // ------------------------------------------------------------------ helpers

    static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static void Field(Html h, string name, string label, string? value, string type = "text", string? placeholder = null)
    {
        h.Raw("<label>").T(label).Raw(" <input type=").Raw(Html.Attr(type)).Raw(" name=").Raw(Html.Attr(name)).Raw(" value=").Raw(Html.Attr(value));
        if (placeholder != null) h.Raw(" placeholder=").Raw(Html.Attr(placeholder));
        h.Raw("></label>");
    }

    static void Pager(Html h, int offset, bool more, Func<int, string> url)
    {
        if (offset == 0 && !more) return;
        h.Raw("<nav class=\"pager\" aria-label=\"Pages\">");
        if (offset > 0) h.A(url(Math.Max(0, offset - PageSize)), "← Previous");
        if (more) h.A(url(offset + PageSize), "Next →");
        h.Raw("</nav>");
    }
}
