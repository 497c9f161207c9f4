using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a LIVC-R role and who fills it.</summary>
public sealed class LivcrRoleFilledType : ObjectGraphType<LivcrRoleFilled>
{
    /// <summary>Creates the type.</summary>
    public LivcrRoleFilledType()
    {
        Name = "LivcrRoleFilled";
        Description = "A role of the LIVC-R and the organisation or service that fills it.";
        Field<NonNullGraphType<LivcrRoleKindEnum>, LivcrRoleKind>("kind").Description("The role.").Resolve(ctx => ctx.Source.Kind);
        Field(r => r.Organisation).Description("The organisation or service (never a person's name).");
        Field(r => r.Note, nullable: true).Description("A short remark.");
    }
}
