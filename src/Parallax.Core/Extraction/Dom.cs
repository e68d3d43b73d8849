using AngleSharp.Dom;

namespace Parallax.Extraction;

/// <summary>
/// Tree walking helpers that stay linear on wide nodes: AngleSharp's <c>NextSibling</c>, <c>NextElementSibling</c>
/// and <c>PreviousElementSibling</c> look the node up in its parent's child list, so walking 10 000 siblings with
/// them is quadratic. These index the child list instead.
/// </summary>
internal static class Dom
{
    /// <summary>Calls <paramref name="action"/> on each element child, in document order.</summary>
    public static void ForEachChildElement(INode n, Action<IElement> action)
    {
        var nodes = n.ChildNodes;
        for (int i = 0; i < nodes.Length; i++)
            if (nodes[i] is IElement e) action(e);
    }

    /// <summary>The element children in document order (a new list).</summary>
    public static List<IElement> ChildElements(INode n)
    {
        var nodes = n.ChildNodes;
        var list = new List<IElement>();
        for (int i = 0; i < nodes.Length; i++)
            if (nodes[i] is IElement e) list.Add(e);
        return list;
    }

    /// <summary>True when <paramref name="ancestor"/> is <paramref name="node"/> or one of its ancestors (walks up from the node).</summary>
    public static bool IsInclusiveAncestor(IElement ancestor, IElement node)
    {
        for (IElement? a = node; a is not null; a = a.ParentElement)
            if (ReferenceEquals(a, ancestor)) return true;
        return false;
    }
}
