namespace LivcR.Support.Tests.Infrastructure;

/// <summary>Finds the repository's root folder (the one with LivcR.Support.sln) from the test binaries.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "LivcR.Support.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("LivcR.Support.sln not found above " + AppContext.BaseDirectory);
    }
}
