using GraphQL.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of the mail a thread entry came with.</summary>
public sealed class TicketEntryMailType : ObjectGraphType<TicketEntryMail>
{
    /// <summary>Creates the type.</summary>
    public TicketEntryMailType()
    {
        Name = "TicketEntryMail";
        Description = "The mail a thread entry came with, as the helpdesk received it.";
        Field(m => m.MessageId, nullable: true).Description("Its Message-ID, without angle brackets; null when the mail had none.");
        Field(m => m.ReceivedAt).Description("When the helpdesk read it.");
        Field(m => m.Html, nullable: true)
            .Description("The HTML body, sanitised for display: no scripts, event handlers, forms, frames or remote images (only cid: and data:image sources; links keep http, https and mailto). Null for a mail without HTML. Show it in a sandboxed frame all the same.");
        Field(m => m.FullText, nullable: true).Description("The whole text as received, with the quoted history the entry's body leaves out; null when it was not kept.");
    }
}
