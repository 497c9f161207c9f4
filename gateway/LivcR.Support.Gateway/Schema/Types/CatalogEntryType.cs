using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a category or prevention level.</summary>
public sealed class CatalogEntryType : ObjectGraphType<CatalogEntry>
{
    /// <summary>Creates the type.</summary>
    public CatalogEntryType()
    {
        Name = "CatalogEntry";
        Description = "A category or prevention level: key to store, label to show.";
        Field(e => e.Key).Description("Stable key.");
        Field(e => e.Label).Description("Dutch label.");
        Field(e => e.Active).Description("False once retired: tickets keep it, it can no longer be chosen.");
    }
}
