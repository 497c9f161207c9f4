using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a contact person.</summary>
public sealed class LivcrContactInputType : InputObjectGraphType<LivcrContact>
{
    /// <summary>Creates the type.</summary>
    public LivcrContactInputType()
    {
        Name = "LivcrContactInput";
        Description = "A contact person of the municipality for VVSG.";
        Field<NonNullGraphType<StringGraphType>>("name").Description("Full name.");
        Field<NonNullGraphType<StringGraphType>>("function").Description("Function.");
        Field<StringGraphType>("email").Description("Email address.");
        Field<StringGraphType>("phone").Description("Phone number.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new LivcrContact(
        InputValues.Text(value, "name"), InputValues.Text(value, "function"), InputValues.OptionalText(value, "email"), InputValues.OptionalText(value, "phone"));
}
