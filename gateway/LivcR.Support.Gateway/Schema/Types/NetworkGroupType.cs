using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a group with what the caller may see of it.</summary>
public sealed class NetworkGroupType : ObjectGraphType<NetworkGroup>
{
    /// <summary>Creates the type.</summary>
    public NetworkGroupType()
    {
        Name = "NetworkGroup";
        Description = "The working group, the knowledge group or an intervision group. Non-members see the description; members also members and meetings; staff everything.";
        Field(g => g.Slug).Description("Key in links, e.g. kennisgroep.");
        Field<NonNullGraphType<CommunityKindEnum>, CommunityKind>("kind").Description("Kind.").Resolve(ctx => ctx.Source.Settings.Kind);
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("Name.").Resolve(ctx => ctx.Source.Settings.Name);
        Field<NonNullGraphType<StringGraphType>, string>("description").Description("What it is for.").Resolve(ctx => ctx.Source.Settings.Description);
        Field<IntGraphType, int?>("capacity").Description("Most members, if limited.").Resolve(ctx => ctx.Source.Settings.Capacity);
        Field(g => g.MemberCount).Description("How many members.");
        Field(g => g.IsMember).Description("True when you are a member.");
        Field(g => g.CanManage).Description("True for staff.");
        Field<JoinRequestType, JoinRequest?>("myRequest").Description("Your pending request, if any.").Resolve(ctx => ctx.Source.MyRequest);
        Field<ListGraphType<NonNullGraphType<CommunityMemberType>>, IReadOnlyList<CommunityMember>?>("members").Description("Members (members and staff only).").Resolve(ctx => ctx.Source.Members);
        Field<ListGraphType<NonNullGraphType<MeetingType>>, IReadOnlyList<Meeting>?>("meetings").Description("Meetings (members and staff only).").Resolve(ctx => ctx.Source.Meetings);
        Field<ListGraphType<NonNullGraphType<CommunityInvitationType>>, IReadOnlyList<CommunityInvitation>?>("invitations").Description("Open invitations (staff only).").Resolve(ctx => ctx.Source.Invitations);
        Field<ListGraphType<NonNullGraphType<JoinRequestType>>, IReadOnlyList<JoinRequest>?>("joinRequests").Description("Pending join requests (staff only).").Resolve(ctx => ctx.Source.JoinRequests);
    }
}
