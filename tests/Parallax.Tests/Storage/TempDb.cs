namespace Parallax.Tests.Storage;

/// <summary>A fresh database path in its own temporary folder, deleted (with -wal/-shm files) afterwards.</summary>
sealed class TempDb : IDisposable
{
    public string Dir { get; }
    public string Path { get; }

    public TempDb()
    {
        Dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-store-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Path = System.IO.Path.Combine(Dir, "test.db");
    }

    public void Dispose()
    {
        try { Directory.Delete(Dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
