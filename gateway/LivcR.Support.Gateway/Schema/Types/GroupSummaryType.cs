using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a group in the list of groups.</summary>
public sealed class GroupSummaryType : ObjectGraphType<GroupSummary>
{
    /// <summary>Creates the type.</summary>
    public GroupSummaryType()
    {
        Name = "NetworkGroupSummary";
        Description = "A group in the list: description and size, no members.";
        Field(g => g.Slug).Description("Key, e.g. kennisgroep.");
        Field<NonNullGraphType<CommunityKindEnum>, CommunityKind>("kind").Description("Kind.").Resolve(ctx => ctx.Source.Settings.Kind);
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("Name.").Resolve(ctx => ctx.Source.Settings.Name);
        Field<NonNullGraphType<StringGraphType>, string>("description").Description("What it is for.").Resolve(ctx => ctx.Source.Settings.Description);
        Field<IntGraphType, int?>("capacity").Description("Most members, if limited.").Resolve(ctx => ctx.Source.Settings.Capacity);
        Field(g => g.MemberCount).Description("How many members.");
    }
}
