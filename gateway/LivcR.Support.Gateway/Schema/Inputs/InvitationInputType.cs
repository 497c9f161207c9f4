using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of an invitation.</summary>
public sealed class InvitationInputType : InputObjectGraphType<InvitationInput>
{
    /// <summary>Creates the type.</summary>
    public InvitationInputType()
    {
        Name = "NetworkInvitationInput";
        Description = "Whom to invite; the invitee gets a mail with a link and a code.";
        Field<NonNullGraphType<StringGraphType>>("email").Description("Email address.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Name.");
        Field<StringGraphType>("municipalityNisCode").Description("Municipality (required for a platform: one of its province).");
        Field<MemberRoleEnum>("role").Description("MEMBER (default) or ORGANISER.");
        Field<StringGraphType>("clientRequestId").Description(SubmitHelpdeskRequestInputType.ClientRequestIdDescription + " A repeat does not mail the invitation again.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new InvitationInput(
        InputValues.Text(value, "email"), InputValues.Text(value, "name"), InputValues.OptionalText(value, "municipalityNisCode"),
        InputValues.Value<MemberRole>(value, "role") ?? MemberRole.Member,
        InputValues.OptionalText(value, "clientRequestId"));
}
