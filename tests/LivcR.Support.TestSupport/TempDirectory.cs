namespace LivcR.Support.TestSupport;

/// <summary>A fresh folder under the system temp folder, removed with everything in it on dispose.</summary>
/// <remarks>Created with the default mode (not 0700), so a server that drops to another user can still reach its files below it.</remarks>
public sealed class TempDirectory : IDisposable
{
    /// <summary>Creates the folder; its name is <paramref name="prefix"/> and a random part.</summary>
    public TempDirectory(string prefix = "livcr-tests-")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>The full path of a file or folder inside.</summary>
    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <inheritdoc/>
    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a finished host; the OS temp cleaner takes it.
        }
    }
}
