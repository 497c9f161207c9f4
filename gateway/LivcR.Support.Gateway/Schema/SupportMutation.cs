using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root mutation. All but the two sign-in fields need a signed-in caller.</summary>
public sealed class SupportMutation : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportMutation()
    {
        Name = "Mutation";
        Description = "Change the helpdesk and the network.";

        Field<NonNullGraphType<BooleanGraphType>, bool>("requestSignInCode")
            .Description("Mails a one-time sign-in code (valid 10 minutes) when the address belongs to a known person. Always true, so it reveals nobody.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "Your email address.")
            .ResolveAsync(async ctx => await Service<SignInService>(ctx).RequestCodeAsync(ctx.GetArgument<string>("email")));

        Field<NonNullGraphType<SignInResultType>, SignInResult>("signIn")
            .Description("Exchanges a sign-in code for an access token. UNAUTHENTICATED when the code is wrong, used or expired.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "Your email address.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The six-digit code from the mail.")
            .ResolveAsync(async ctx => await Service<SignInService>(ctx).SignInAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<string>("code")));

        Field<NonNullGraphType<TicketType>, TicketView>("submitHelpdeskRequest")
            .Description("A municipality asks VVSG a question; returns the new ticket. BAD_USER_INPUT when the input is wrong (nothing is created).")
            .Argument<NonNullGraphType<SubmitHelpdeskRequestInputType>>("input", "The question.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SubmitAsync(ctx.GetArgument<HelpdeskRequest>("input")));

        Field<NonNullGraphType<TicketType>, TicketView>("setTicketConfidential")
            .Description("The requester or staff: only the requester and staff see a confidential ticket.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number.")
            .Argument<NonNullGraphType<BooleanGraphType>>("confidential", "Confidential or not.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).SetConfidentialAsync(ctx.GetArgument<string>("number"), ctx.GetArgument<bool>("confidential")));

        Field<NonNullGraphType<PersonType>, PersonView>("savePerson")
            .Description("Admins: creates a person or changes their name.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "The full name.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).SaveAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<string>("name")));

        Field<NonNullGraphType<PersonType>, PersonView>("grantRole")
            .Description("Admins: gives a person a role with its scope.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<RoleEnum>>("role", "The role.")
            .Argument<StringGraphType>("scope", "NIS code for MUNICIPAL, province key for ORGANISER, none otherwise.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).GrantAsync(ctx.GetArgument<string>("email"), Grant(ctx)));

        Field<NonNullGraphType<PersonType>, PersonView>("revokeRole")
            .Description("Admins: takes a role away.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .Argument<NonNullGraphType<RoleEnum>>("role", "The role.")
            .Argument<StringGraphType>("scope", "The role's scope.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).RevokeAsync(ctx.GetArgument<string>("email"), Grant(ctx)));
    }

    private static RoleGrant Grant(IResolveFieldContext ctx) =>
        new(ctx.GetArgument<Role>("role"), ctx.GetArgument<string?>("scope")?.Trim().ToLowerInvariant());

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
