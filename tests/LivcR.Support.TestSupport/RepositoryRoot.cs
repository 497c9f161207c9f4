namespace LivcR.Support.TestSupport;

/// <summary>The repository's root folder (the one with LivcR.Support.sln), found upwards from the running program.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string?> Found = new(Search);

    /// <summary>The root; throws when the program does not run from inside the repository.</summary>
    public static string Path => Found.Value ?? throw new InvalidOperationException("LivcR.Support.sln not found above " + AppContext.BaseDirectory);

    /// <summary>The root, or null when the program does not run from inside the repository.</summary>
    public static string? Find() => Found.Value;

    private static string? Search()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "LivcR.Support.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
