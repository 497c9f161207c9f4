using GraphQL.Types;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a successful sign-in.</summary>
public sealed class SignInResultType : ObjectGraphType<SignInResult>
{
    /// <summary>Creates the type.</summary>
    public SignInResultType()
    {
        Name = "SignInResult";
        Description = "A bearer token: send it as 'Authorization: Bearer <token>'.";
        Field(r => r.AccessToken).Description("The access token.");
        Field(r => r.ExpiresAt).Description("When the token stops working.");
        Field<NonNullGraphType<PersonType>, PersonView>("person").Description("Who signed in.").Resolve(ctx => ctx.Source.Person);
    }
}
