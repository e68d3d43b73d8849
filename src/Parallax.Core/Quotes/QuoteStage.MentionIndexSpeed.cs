using System.Collections.Immutable;
using Parallax.Model;

namespace Parallax.Quotes;

public sealed partial class QuoteStage
{
    /// <summary>
    /// The mentions of a document's entities, flattened once in entity order and sorted by start, so that
    /// <see cref="MentionsIn"/> reads only the mentions that start in its window instead of every mention of the document.
    /// </summary>
    sealed class MentionIndex
    {
        public readonly ImmutableArray<Entity> Source;
        readonly (string Id, string Type, TextSpan Span)[] _flat;   // entity order, then mention order
        readonly int[] _starts;                                      // mention starts, ascending
        readonly int[] _order;                                       // the index into _flat of each sorted start

        public MentionIndex(ImmutableArray<Entity> entities)
        {
            Source = entities;
            int n = 0;
            foreach (var e in entities) n += e.Mentions.Length;
            _flat = new (string, string, TextSpan)[n];
            _starts = new int[n];
            _order = new int[n];
            int k = 0;
            foreach (var e in entities)
                foreach (var m in e.Mentions)
                {
                    _flat[k] = (e.Id, e.Type, m.Span);
                    _starts[k] = m.Start;
                    _order[k] = k;
                    k++;
                }
            // stable: equal starts keep the entity order
            Array.Sort(_starts, _order);
            for (int i = 1; i < n; i++)
                if (_starts[i] == _starts[i - 1] && _order[i] < _order[i - 1])
                {
                    int j = i;
                    while (j > 0 && _starts[j] == _starts[j - 1] && _order[j] < _order[j - 1])
                    {
                        (_order[j], _order[j - 1]) = (_order[j - 1], _order[j]);
                        j--;
                    }
                }
        }

        /// <summary>The mentions inside [from, to), in entity order then mention order (the order of a scan of every entity).</summary>
        public IReadOnlyList<(string Id, string Type, TextSpan Span)> In(int from, int to)
        {
            int lo = Array.BinarySearch(_starts, from);
            if (lo < 0) lo = ~lo;
            else while (lo > 0 && _starts[lo - 1] == from) lo--;
            List<(string Id, string Type, TextSpan Span)>? found = null;
            int[]? picked = null;
            int count = 0;
            for (int i = lo; i < _starts.Length && _starts[i] <= to; i++)
            {
                var m = _flat[_order[i]];
                if (m.Span.End > to) continue;
                picked ??= new int[Math.Min(_starts.Length - i, 16)];
                if (count == picked.Length) Array.Resize(ref picked, picked.Length * 2);
                picked[count++] = _order[i];
            }
            if (count == 0) return [];
            Array.Sort(picked!, 0, count);
            found = new List<(string Id, string Type, TextSpan Span)>(count);
            for (int i = 0; i < count; i++) found.Add(_flat[picked![i]]);
            return found;
        }
    }

    [ThreadStatic] static MentionIndex? t_mentionIndex;

    static IReadOnlyList<(string Id, string Type, TextSpan Span)> MentionsIn(Document doc, int from, int to)
    {
        var index = t_mentionIndex;
        if (index == null || index.Source != doc.Entities) t_mentionIndex = index = new MentionIndex(doc.Entities);
        return index.In(from, to);
    }
}
