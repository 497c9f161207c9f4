using System.ComponentModel.DataAnnotations;
using LivcR.Support.Silo.Mail.Intake;

namespace LivcR.Support.Silo.Mail;

/// <summary>The email channel: portal links, acknowledgements, the mailboxes read. Section <c>Mail</c>.</summary>
/// <remarks>The outbox has its own section (<c>Mail:Outbox</c>), the Message-ID signature its keys in this one.</remarks>
public sealed class MailChannelOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Mail";

    /// <summary>The portal's address; mails link to <c>{PortalBaseUrl}/tickets/{number}</c>.</summary>
    [Required]
    public string PortalBaseUrl { get; set; } = "http://localhost:5080";

    /// <summary>Acknowledge tickets asked in the portal too (mail-born tickets are always acknowledged).</summary>
    public bool AcknowledgePortalTickets { get; set; } = true;

    /// <summary>The IMAP mailboxes read into tickets; each is read by exactly one reader in the whole cluster.</summary>
    public List<MailboxOptions> Mailboxes { get; set; } = [];

    /// <summary>
    /// Sender addresses that get no acknowledgement besides the built-in ones (no-reply, mail systems, lists, bulk, spam):
    /// regular expressions matched case-insensitively against the address, e.g. <c>^nieuwsbrief@</c> or <c>@mailing\.example$</c>.
    /// </summary>
    /// <remarks>Their mail is still taken in; the ticket's thread says why it was not acknowledged.</remarks>
    public List<string> NoAcknowledgementSenders { get; set; } = [];

    /// <summary>The portal link of a ticket.</summary>
    public string TicketLink(string ticketNumber) => $"{PortalBaseUrl.TrimEnd('/')}/tickets/{Uri.EscapeDataString(ticketNumber)}";
}
