namespace LivcR.Support.Contracts.Views;

/// <summary>The saved ticket lists of one staff member (key: normalised email).</summary>
[Alias("livcr.saved-views")]
public interface ISavedViewsGrain : IGrainWithStringKey
{
    /// <summary>The person's own views, by name.</summary>
    [Alias("list")]
    Task<IReadOnlyList<SavedView>> ListAsync();

    /// <summary>Adds or replaces a view (at most 50, names up to 80 characters).</summary>
    [Alias("save")]
    Task<IReadOnlyList<SavedView>> SaveAsync(SavedView view);

    /// <summary>Removes a view (idempotent).</summary>
    [Alias("delete")]
    Task<IReadOnlyList<SavedView>> DeleteAsync(string name);
}
