using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root mutation.</summary>
public sealed class SupportMutation : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportMutation()
    {
        Name = "Mutation";
        Description = "Change the helpdesk and the network.";

        Field<NonNullGraphType<TicketType>, TicketView>("submitHelpdeskRequest")
            .Description("A municipality asks VVSG a question; returns the new ticket. BAD_USER_INPUT when the input is wrong (nothing is created).")
            .Argument<NonNullGraphType<SubmitHelpdeskRequestInputType>>("input", "The question.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<TicketService>().SubmitAsync(ctx.GetArgument<HelpdeskRequest>("input")));
    }
}
