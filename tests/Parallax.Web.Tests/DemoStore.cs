using System.Diagnostics;

namespace Parallax.Web.Tests;

/// <summary>
/// The bundled seeds ingested once (by the real <c>parallax demo</c> command) into a temporary store that the tests
/// copy before writing to it.
/// </summary>
public sealed class DemoStore : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("parallax-web-").FullName;
    public string Path => System.IO.Path.Combine(Dir, "demo.db");

    public DemoStore()
    {
        Environment.SetEnvironmentVariable(Parallax.Entities.KnowledgeBase.UserDirVariable, "none");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "parallax.dll"));
        foreach (var a in new[] { "--db", Path, "demo" }) psi.ArgumentList.Add(a);
        psi.Environment["NO_COLOR"] = "1";
        psi.Environment[Parallax.Entities.KnowledgeBase.UserDirVariable] = "none";
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        if (!p.WaitForExit(180_000)) { p.Kill(true); throw new TimeoutException("parallax demo"); }
        if (p.ExitCode != 0) throw new InvalidOperationException("parallax demo failed: " + err.Result);
    }

    /// <summary>A writable copy of the demo store.</summary>
    public string Copy()
    {
        var dest = System.IO.Path.Combine(Dir, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(Path, dest);
        foreach (var ext in new[] { "-wal", "-shm" })
            if (File.Exists(Path + ext)) File.Copy(Path + ext, dest + ext);
        return dest;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Dir, true); } catch (IOException) { }
    }
}

[CollectionDefinition("demo")]
public sealed class DemoCollection : ICollectionFixture<DemoStore>;
