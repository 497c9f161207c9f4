using GraphQL.Types;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a member of a platform or group.</summary>
public sealed class CommunityMemberType : ObjectGraphType<CommunityMember>
{
    /// <summary>Creates the type.</summary>
    public CommunityMemberType()
    {
        Name = "NetworkMember";
        Description = "A member of a provincial platform or group.";
        Field(m => m.Email).Description("Email address.");
        Field(m => m.Name).Description("Name.");
        Field(m => m.MunicipalityNisCode, nullable: true).Description("NIS code of the member's municipality.");
        Field<NonNullGraphType<MemberRoleEnum>, MemberRole>("role").Description("MEMBER or ORGANISER.").Resolve(ctx => ctx.Source.Role);
        Field(m => m.JoinedAt).Description("When they joined.");
    }
}
