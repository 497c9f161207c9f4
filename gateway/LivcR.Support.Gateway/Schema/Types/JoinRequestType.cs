using GraphQL.Types;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a pending join request.</summary>
public sealed class JoinRequestType : ObjectGraphType<JoinRequest>
{
    /// <summary>Creates the type.</summary>
    public JoinRequestType()
    {
        Name = "JoinRequest";
        Description = "Someone asks to join a group.";
        Field(r => r.Email).Description("Requester's address.");
        Field(r => r.Name).Description("Requester's name.");
        Field(r => r.MunicipalityNisCode, nullable: true).Description("Requester's municipality.");
        Field(r => r.Motivation).Description("Why they want to join.");
        Field(r => r.RequestedAt).Description("When.");
    }
}
