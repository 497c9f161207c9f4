using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a municipality's contact person.</summary>
public sealed class LivcrContactType : ObjectGraphType<LivcrContact>
{
    /// <summary>Creates the type.</summary>
    public LivcrContactType()
    {
        Name = "LivcrContact";
        Description = "A contact person of the municipality for VVSG.";
        Field(c => c.Name).Description("Full name.");
        Field(c => c.Function).Description("Function.");
        Field(c => c.Email, nullable: true).Description("Email address.");
        Field(c => c.Phone, nullable: true).Description("Phone number.");
    }
}
