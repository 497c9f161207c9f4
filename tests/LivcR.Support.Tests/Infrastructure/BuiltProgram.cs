namespace LivcR.Support.Tests.Infrastructure;

/// <summary>The path of a project's built program, in the same configuration as the tests (e.g. bin/Debug/net10.0).</summary>
public static class BuiltProgram
{
    public static string Path(string projectFolder, string assemblyName)
    {
        var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(System.IO.Path.DirectorySeparatorChar));
        var configuration = tfm.Parent!;
        var file = System.IO.Path.Combine(RepositoryRoot.Path, projectFolder, "bin", configuration.Name, tfm.Name, assemblyName + ".dll");
        return File.Exists(file) ? file : throw new FileNotFoundException("Build the solution first.", file);
    }
}
