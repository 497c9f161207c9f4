using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of what an invitation code is for (no addresses: the code may have been passed on).</summary>
public sealed class InvitationPreviewType : ObjectGraphType<InvitationPreview>
{
    /// <summary>Creates the type.</summary>
    public InvitationPreviewType()
    {
        Name = "NetworkInvitationPreview";
        Description = "What an invitation code is for, before it is accepted.";
        Field<NonNullGraphType<StringGraphType>, string>("communityName").Description("Name of the platform or group.").Resolve(ctx => ctx.Source.Settings.Name);
        Field<NonNullGraphType<CommunityKindEnum>, CommunityKind>("kind").Description("Platform or kind of group.").Resolve(ctx => ctx.Source.Settings.Kind);
        Field<ProvinceEnum, Province?>("province").Description("The platform's province.").Resolve(ctx => ctx.Source.Settings.Province);
        Field<NonNullGraphType<StringGraphType>, string>("description").Description("What the platform or group is for.").Resolve(ctx => ctx.Source.Settings.Description);
        Field<NonNullGraphType<StringGraphType>, string>("inviteeName").Description("Whom the invitation is for.").Resolve(ctx => ctx.Source.Invitation.Name);
        Field<NonNullGraphType<MemberRoleEnum>, MemberRole>("role").Description("Role on acceptance.").Resolve(ctx => ctx.Source.Invitation.Role);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("expiresAt").Description("Valid until.").Resolve(ctx => ctx.Source.Invitation.ExpiresAt);
        Field(p => p.Expired).Description("True when it expired and can no longer be accepted.");
    }
}
