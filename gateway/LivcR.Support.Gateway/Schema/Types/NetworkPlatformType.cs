using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a provincial platform with its people and meetings.</summary>
public sealed class NetworkPlatformType : ObjectGraphType<NetworkPlatform>
{
    /// <summary>Creates the type.</summary>
    public NetworkPlatformType()
    {
        Name = "NetworkPlatform";
        Description = "A provincial platform. Members, meetings and invitations are null for callers who may not see them.";
        Field<NonNullGraphType<ProvinceEnum>, Province>("province").Description("The province.").Resolve(ctx => ctx.Source.Province);
        Field<NonNullGraphType<StringGraphType>, string>("name").Description("Name.").Resolve(ctx => ctx.Source.Settings.Name);
        Field<NonNullGraphType<StringGraphType>, string>("description").Description("What it is for.").Resolve(ctx => ctx.Source.Settings.Description);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("representedMunicipalities").Description("Municipalities of the province with at least one member.").Resolve(ctx => ctx.Source.Represented);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("notRepresentedMunicipalities").Description("Municipalities of the province without a member.").Resolve(ctx => ctx.Source.NotRepresented);
        Field(p => p.IsMember).Description("True when you are a member.");
        Field(p => p.CanManage).Description("True when you may manage it (staff, organisers of the province).");
        Field<ListGraphType<NonNullGraphType<CommunityMemberType>>, IReadOnlyList<CommunityMember>?>("members").Description("Members (managers and members only).").Resolve(ctx => ctx.Source.Members);
        Field<ListGraphType<NonNullGraphType<MeetingType>>, IReadOnlyList<Meeting>?>("meetings").Description("Meetings (managers and members only).").Resolve(ctx => ctx.Source.Meetings);
        Field<ListGraphType<NonNullGraphType<CommunityInvitationType>>, IReadOnlyList<CommunityInvitation>?>("invitations").Description("Open invitations (managers only).").Resolve(ctx => ctx.Source.Invitations);
    }
}
