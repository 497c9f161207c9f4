using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of an open invitation (never with its code).</summary>
public sealed class CommunityInvitationType : ObjectGraphType<CommunityInvitation>
{
    /// <summary>Creates the type.</summary>
    public CommunityInvitationType()
    {
        Name = "NetworkInvitation";
        Description = "An open invitation; the code only goes to the invitee's mailbox.";
        Field(i => i.Email).Description("Invitee's address.");
        Field(i => i.Name).Description("Invitee's name.");
        Field(i => i.MunicipalityNisCode, nullable: true).Description("Invitee's municipality.");
        Field<NonNullGraphType<MemberRoleEnum>, MemberRole>("role").Description("Role on acceptance.").Resolve(ctx => ctx.Source.Role);
        Field(i => i.InvitedBy).Description("Who invited.");
        Field(i => i.InvitedAt).Description("When.");
        Field(i => i.ExpiresAt).Description("Valid until.");
    }
}
