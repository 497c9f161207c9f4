using GraphQL.Types;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a person.</summary>
public sealed class PersonType : ObjectGraphType<PersonView>
{
    /// <summary>Creates the type.</summary>
    public PersonType()
    {
        Name = "Person";
        Description = "A person who may sign in, with roles and scopes.";
        Field(p => p.Email).Description("Email address (the person's key).");
        Field(p => p.Name).Description("Full name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantType>>>, IReadOnlyList<RoleGrant>>("roles")
            .Description("Roles with their scopes.")
            .Resolve(ctx => ctx.Source.Roles);
    }
}
