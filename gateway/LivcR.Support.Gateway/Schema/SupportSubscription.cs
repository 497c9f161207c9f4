using GraphQL;
using GraphQL.Types;
using LivcR.Support.Gateway.Live;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Gateway.Schema.Types;

namespace LivcR.Support.Gateway.Schema;

/// <summary>
/// The live fields, served over server-sent events (<c>/graphql/stream</c>, graphql-sse) and WebSocket
/// (<c>/graphql/ws</c>, graphql-transport-ws); plain <c>/graphql</c> refuses them.
/// </summary>
public sealed class SupportSubscription : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportSubscription()
    {
        Name = "Subscription";
        Description = "Live events. Each stream starts with a CURRENT event; a RESYNC means events may have been missed.";

        Field<NonNullGraphType<TicketChangeEventType>, TicketChangeEvent>("ticketChanged")
            .Description("The changes of one ticket you may read (NOT_FOUND otherwise, as the ticket query); staff also hear notes and who is on the ticket.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number, e.g. 2026-00042.")
            .ResolveStreamAsync(async ctx => await Service(ctx).WatchTicketAsync(ctx.GetArgument<string>("number")));

        Field<NonNullGraphType<TicketChangeEventType>, TicketChangeEvent>("ticketQueueChanged")
            .Description("Staff: changes of all tickets; municipal users: of their municipalities' tickets they may read (as the tickets query).")
            .Argument<TicketQueueFilterInputType>("filter", "Which tickets.")
            .ResolveStreamAsync(async ctx => await Service(ctx).WatchQueueAsync(ctx.GetArgument("filter", new TicketQueueFilter())));
    }

    private static LiveSubscriptionService Service(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<LiveSubscriptionService>();
}
