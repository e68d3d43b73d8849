using System.Globalization;
using Parallax.Storage;

namespace Parallax.Web;

/// <summary>Who deals with whom: the entity in the middle, the participants it shares events with around it.</summary>
public static class Network
{
    public static void Svg(Html h, string center, IReadOnlyList<EntityLink> links)
    {
        var kb = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var l in links) { kb.TryAdd(l.A, l.AKb); kb.TryAdd(l.B, l.BKb); }
        var others = kb.Keys.Where(n => n != center).Take(18).ToList();
        var nodes = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        const double cx = 450, cy = 260, rx = 330, ry = 200;
        nodes[center] = (cx, cy);
        for (int i = 0; i < others.Count; i++)
        {
            var a = 2 * Math.PI * i / others.Count - Math.PI / 2;
            nodes[others[i]] = (cx + rx * Math.Cos(a), cy + ry * Math.Sin(a));
        }
        int max = links.Count == 0 ? 1 : links.Max(l => l.Events);
        h.Raw("<div class=\"scroll\"><svg class=\"network\" viewBox=\"0 0 900 520\" role=\"img\" aria-labelledby=\"net-title\"><title id=\"net-title\">")
            .T($"Participants who share events with {center}").Raw("</title>");
        foreach (var l in links)
        {
            if (!nodes.TryGetValue(l.A, out var p) || !nodes.TryGetValue(l.B, out var q)) continue;
            double w = 1 + 5.0 * l.Events / max;
            h.Raw($"<line class=\"edge\" x1=\"{F(p.X)}\" y1=\"{F(p.Y)}\" x2=\"{F(q.X)}\" y2=\"{F(q.Y)}\" stroke-width=\"{F(w)}\"><title>")
                .T($"{l.A} – {l.B}: {l.Events} event(s)").Raw("</title></line>");
        }
        foreach (var (name, (x, y)) in nodes)
        {
            var key = kb.GetValueOrDefault(name) ?? name;
            h.Raw("<a href=").Raw(Html.Attr("/entities/" + Html.Seg(key))).Raw(">");
            h.Raw($"<circle class=\"node{(name == center ? " center" : "")}\" cx=\"{F(x)}\" cy=\"{F(y)}\" r=\"{(name == center ? 9 : 6)}\"/>");
            bool right = x >= cx;
            h.Raw($"<text class=\"label\" x=\"{F(x + (right ? 10 : -10))}\" y=\"{F(y + 4)}\" text-anchor=\"{(right ? "start" : "end")}\">").T(name).Raw("</text></a>");
        }
        h.Raw("</svg></div>");
        h.Raw("<details><summary>As a table</summary><table class=\"list\"><thead><tr><th scope=\"col\">Participant</th><th scope=\"col\">Participant</th><th scope=\"col\">Shared events</th></tr></thead><tbody>");
        foreach (var l in links)
            h.Raw("<tr><td>").A("/entities/" + Html.Seg(l.AKb ?? l.A), l.A).Raw("</td><td>").A("/entities/" + Html.Seg(l.BKb ?? l.B), l.B).Raw("</td><td class=\"num\">").N(l.Events).Raw("</td></tr>");
        h.Raw("</tbody></table></details>");
    }

    static string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
}
