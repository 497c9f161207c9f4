namespace LivcR.Support.Client;

/// <summary>Documents of the ticket catalog: categories and prevention levels.</summary>
public static partial class Documents
{
    /// <summary><c>attachmentLimits</c>.</summary>
    public const string GetAttachmentLimits = $$"""
        query GetAttachmentLimits {
          attachmentLimits { ...AttachmentLimitsFields }
        }
        {{AttachmentLimitsFields}}
        """;

    /// <summary><c>ticketCategories(includeInactive)</c>.</summary>
    public const string GetTicketCategories = $$"""
        query GetTicketCategories($includeInactive: Boolean) {
          ticketCategories(includeInactive: $includeInactive) { ...CatalogEntryFields }
        }
        {{CatalogEntryFields}}
        """;

    /// <summary><c>preventionLevels(includeInactive)</c>.</summary>
    public const string GetPreventionLevels = $$"""
        query GetPreventionLevels($includeInactive: Boolean) {
          preventionLevels(includeInactive: $includeInactive) { ...CatalogEntryFields }
        }
        {{CatalogEntryFields}}
        """;

    /// <summary><c>saveTicketCategory(key, label, active)</c>: administrators add, rename or retire a category.</summary>
    public const string SaveTicketCategory = $$"""
        mutation SaveTicketCategory($key: String!, $label: String!, $active: Boolean) {
          saveTicketCategory(key: $key, label: $label, active: $active) { ...CatalogEntryFields }
        }
        {{CatalogEntryFields}}
        """;

    /// <summary><c>savePreventionLevel(key, label, active)</c>: administrators add, rename or retire a prevention level.</summary>
    public const string SavePreventionLevel = $$"""
        mutation SavePreventionLevel($key: String!, $label: String!, $active: Boolean) {
          savePreventionLevel(key: $key, label: $label, active: $active) { ...CatalogEntryFields }
        }
        {{CatalogEntryFields}}
        """;

    private const string AttachmentLimitsFields = """
        fragment AttachmentLimitsFields on AttachmentLimits { maxFileBytes maxTicketBytes allowedExtensions }
        """;

    private const string CatalogEntryFields = """
        fragment CatalogEntryFields on CatalogEntry { key label active }
        """;
}
