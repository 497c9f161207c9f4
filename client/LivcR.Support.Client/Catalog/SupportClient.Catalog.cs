namespace LivcR.Support.Client;

/// <summary>The ticket catalog: categories and prevention levels.</summary>
public sealed partial class SupportClient
{
    /// <summary>What an attachment may be: size per file and per ticket, kinds of file.</summary>
    public Task<AttachmentLimits> AttachmentLimitsAsync(CancellationToken cancellationToken = default) =>
        RunAsync<AttachmentLimits>(Documents.GetAttachmentLimits, "attachmentLimits", null, cancellationToken);

    /// <summary>The categories tickets can be filed under; with <paramref name="includeInactive"/> also retired ones.</summary>
    public Task<IReadOnlyList<CatalogEntry>> TicketCategoriesAsync(bool includeInactive = false, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<CatalogEntry>>(Documents.GetTicketCategories, "ticketCategories", new { includeInactive }, cancellationToken);

    /// <summary>The prevention levels; with <paramref name="includeInactive"/> also retired ones.</summary>
    public Task<IReadOnlyList<CatalogEntry>> PreventionLevelsAsync(bool includeInactive = false, CancellationToken cancellationToken = default) =>
        RunAsync<IReadOnlyList<CatalogEntry>>(Documents.GetPreventionLevels, "preventionLevels", new { includeInactive }, cancellationToken);

    /// <summary>
    /// Administrators: adds a category, or renames or retires (<paramref name="active"/> false) the one with that key.
    /// Returns the whole list. Keys are never removed: tickets keep them.
    /// </summary>
    public Task<IReadOnlyList<CatalogEntry>> SaveTicketCategoryAsync(string key, string label, bool active = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(label);
        return RunAsync<IReadOnlyList<CatalogEntry>>(Documents.SaveTicketCategory, "saveTicketCategory", new { key, label, active }, cancellationToken);
    }

    /// <summary>Administrators: adds, renames or retires a prevention level. Returns the whole list.</summary>
    public Task<IReadOnlyList<CatalogEntry>> SavePreventionLevelAsync(string key, string label, bool active = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(label);
        return RunAsync<IReadOnlyList<CatalogEntry>>(Documents.SavePreventionLevel, "savePreventionLevel", new { key, label, active }, cancellationToken);
    }
}
