using GraphQL.DataLoader;
using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a thread entry.</summary>
public sealed class TicketEntryType : ObjectGraphType<TicketThreadEntry>
{
    /// <summary>Creates the type.</summary>
    public TicketEntryType()
    {
        Name = "TicketEntry";
        Description = "A public message, an internal note (only staff see these) or a system event.";
        Field("id", e => e.Entry.Id).Description("Position in the thread.");
        Field<NonNullGraphType<TicketEntryKindEnum>, TicketEntryKind>("kind").Description("What it is.").Resolve(ctx => ctx.Source.Entry.Kind);
        Field<NonNullGraphType<TicketPersonType>, TicketPerson>("author").Description("Who wrote it.").Resolve(ctx => ctx.Source.Entry.Author);
        Field("byStaff", e => e.Entry.ByStaff).Description("Written by VVSG staff.");
        Field("body", e => e.Entry.Body).Description("The text.");
        Field("createdAt", e => e.Entry.CreatedAt).Description("When.");
        Field<TicketEntryMailType, IDataLoaderResult<TicketEntryMail?>>("mail")
            .Description("The mail this entry came with (sanitised HTML, whole text with the quoted history); null for an entry written in the portal. Staff see it on any entry; others on the public messages of a ticket they may read.")
            .ChecksAccess()
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<TicketMailService>().MailOf(ctx.Source));
    }
}
