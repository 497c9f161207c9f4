using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a LIVC-R role.</summary>
public sealed class LivcrRoleInputType : InputObjectGraphType<LivcrRoleFilled>
{
    /// <summary>Creates the type.</summary>
    public LivcrRoleInputType()
    {
        Name = "LivcrRoleInput";
        Description = "A role and the organisation or service that fills it (no names of persons).";
        Field<NonNullGraphType<LivcrRoleKindEnum>>("kind").Description("The role.");
        Field<NonNullGraphType<StringGraphType>>("organisation").Description("Organisation or service, 1 to 120 characters.");
        Field<StringGraphType>("note").Description("A short remark, at most 200 characters.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new LivcrRoleFilled(
        InputValues.Value<LivcrRoleKind>(value, "kind") ?? LivcrRoleKind.Other, InputValues.Text(value, "organisation"), InputValues.OptionalText(value, "note"));
}
