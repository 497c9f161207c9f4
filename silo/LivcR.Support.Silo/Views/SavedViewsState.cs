using LivcR.Support.Contracts.Views;

namespace LivcR.Support.Silo.Views;

/// <summary>The stored saved views of a person.</summary>
[GenerateSerializer]
[Alias("livcr.saved-views-state")]
public sealed class SavedViewsState
{
    /// <summary>The views, by name.</summary>
    [Id(0)]
    public List<SavedView> Views { get; set; } = [];
}
