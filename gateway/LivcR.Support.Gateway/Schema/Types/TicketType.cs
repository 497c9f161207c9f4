using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a helpdesk ticket.</summary>
public sealed class TicketType : ObjectGraphType<TicketView>
{
    /// <summary>Creates the type.</summary>
    public TicketType()
    {
        Name = "Ticket";
        Description = "A question of a municipality to the VVSG helpdesk, with its thread.";
        Field(t => t.Number).Description("The ticket number, e.g. 2026-00042.");
        Field(t => t.Subject).Description("The subject.");
        Field<NonNullGraphType<TicketStatusEnum>, TicketStatus>("status").Description("Where the ticket stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<TicketPriorityEnum>, TicketPriority>("priority").Description("How urgent it is.").Resolve(ctx => ctx.Source.Priority);
        Field<NonNullGraphType<MunicipalityType>, MunicipalityInfo>("municipality")
            .Description("The municipality that asked.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<DirectoryService>().MunicipalityAsync(ctx.Source.MunicipalityNisCode));
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("requester").Description("Who asked.").Resolve(ctx => ctx.Source.Requester);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketMessageType>>>, IReadOnlyList<TicketMessageView>>("messages")
            .Description("The public messages, oldest first.")
            .Resolve(ctx => ctx.Source.Messages);
        Field(t => t.Confidential).Description("Only the requester and VVSG staff see a confidential ticket.");
        Field(t => t.CreatedAt).Description("When it was submitted.");
        Field(t => t.UpdatedAt).Description("Last change.");
        Field(t => t.Version).Description("Increases with every change; send it back with a change to detect conflicts.");
    }
}
