using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Views;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Views;

/// <summary>One person's saved ticket lists.</summary>
public sealed class SavedViewsGrain(
    [PersistentState(stateName: "saved-views", storageName: StorageNames.Support)] IPersistentState<SavedViewsState> views)
    : Grain, ISavedViewsGrain
{
    /// <summary>Most views per person.</summary>
    public const int MaxViews = 50;

    /// <inheritdoc/>
    public Task<IReadOnlyList<SavedView>> ListAsync() => Task.FromResult<IReadOnlyList<SavedView>>([.. views.State.Views]);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SavedView>> SaveAsync(SavedView view)
    {
        var name = view.Name.Trim();
        if (name.Length is 0 or > 80 || name.Any(char.IsControl))
        {
            throw SupportException.BadInput("name", "Een lijstnaam is 1 tot 80 tekens lang, op één regel.");
        }

        views.State.Views.RemoveAll(v => v.Name == name);
        if (views.State.Views.Count >= MaxViews)
        {
            throw SupportException.BadInput("name", $"Hoogstens {MaxViews} bewaarde lijsten.");
        }

        views.State.Views.Add(view with { Name = name });
        views.State.Views.Sort((a, b) => string.Compare(a.Name, b.Name, StringComparison.CurrentCulture));
        await views.WriteStateAsync();
        return await ListAsync();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SavedView>> DeleteAsync(string name)
    {
        if (views.State.Views.RemoveAll(v => v.Name == name.Trim()) > 0)
        {
            await views.WriteStateAsync();
        }

        return await ListAsync();
    }
}
