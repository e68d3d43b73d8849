namespace Parallax;

/// <summary>Where Parallax keeps the user's own files (the default store, the user knowledge base).</summary>
public static class UserPaths
{
    /// <summary>
    /// &lt;LocalApplicationData&gt;/parallax: ~/.local/share/parallax on Linux, %LOCALAPPDATA%\parallax on Windows
    /// (./.parallax/parallax when the system has no such folder).
    /// </summary>
    public static string DataDirectory()
    {
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        if (string.IsNullOrEmpty(root)) root = Path.Combine(Environment.CurrentDirectory, ".parallax");
        return Path.Combine(root, "parallax");
    }
}
