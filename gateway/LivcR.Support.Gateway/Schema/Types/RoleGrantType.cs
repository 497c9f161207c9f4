using GraphQL.Types;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a role with its scope.</summary>
public sealed class RoleGrantType : ObjectGraphType<RoleGrant>
{
    /// <summary>Creates the type.</summary>
    public RoleGrantType()
    {
        Name = "RoleGrant";
        Description = "A role with its scope.";
        Field<NonNullGraphType<RoleEnum>, Role>("role").Description("The role.").Resolve(ctx => ctx.Source.Role);
        Field(r => r.Scope, nullable: true).Description("NIS code (MUNICIPAL), province key (ORGANISER), or null.");
    }
}
