using System.Diagnostics;

namespace Parallax;

/// <summary>
/// Named elapsed-time counters for the parts of a hot path (the store's write transaction, story placement), so a
/// benchmark can see which part grows with the size of a store. One <see cref="Stopwatch.GetTimestamp"/> per part and
/// call; safe to add to from several threads.
/// </summary>
public sealed class TimeProfile
{
    readonly string[] _names;
    readonly long[] _ticks;

    public TimeProfile(params string[] names)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Length == 0) throw new ArgumentException("A profile needs at least one part.", nameof(names));
        _names = names;
        _ticks = new long[names.Length];
    }

    /// <summary>The parts, in the order given.</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>A timestamp to pass to <see cref="Stop"/>.</summary>
    public static long Start() => Stopwatch.GetTimestamp();

    /// <summary>Adds the time since <paramref name="start"/> to part <paramref name="part"/>; returns now (the start of the next part).</summary>
    public long Stop(int part, long start)
    {
        long now = Stopwatch.GetTimestamp();
        Interlocked.Add(ref _ticks[part], now - start);
        return now;
    }

    /// <summary>The time counted so far per part (in the order of <see cref="Names"/>).</summary>
    public TimeSpan[] Snapshot()
    {
        var r = new TimeSpan[_ticks.Length];
        for (int i = 0; i < r.Length; i++) r[i] = Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[i]));
        return r;
    }
}

/// <summary>A store that counts where its write transactions spend their time (<see cref="TimeProfile"/>).</summary>
public interface IWriteProfiled
{
    TimeProfile WriteProfile { get; }
}
