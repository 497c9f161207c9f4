using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Mail.Templates;

/// <summary>
/// The mail a ticket sends to its requester after a durable change: acknowledgement, staff reply, status notification —
/// written in the recipient's mail language and handed to the outbox.
/// </summary>
/// <remarks>
/// Called by the ticket after its write, so a mail never announces a change that was not stored. A failure to hand the
/// mail over is logged (ticket and kind, never content) and does not undo the change. Each mail carries an idempotency
/// key derived from the ticket and the change, so asking twice (a retried call, a mail read again) sends once.
/// </remarks>
public sealed partial class TicketMailer(
    IMailOutbox outbox,
    IGrainFactory grains,
    IOptions<MailChannelOptions> channel,
    IOptions<TicketOptions> tickets,
    ILogger<TicketMailer> logger)
{
    /// <summary>Acknowledges a new ticket to its requester; <paramref name="answering"/> is the Message-ID of the mail that asked.</summary>
    public Task AcknowledgeAsync(TicketState ticket, string? answering)
    {
        if (answering is null && !channel.Value.AcknowledgePortalTickets)
        {
            return Task.CompletedTask;
        }

        var number = ticket.Number!;
        return SendAsync(ticket.Requester.Email, OutboundMailKind.Acknowledgement, number, $"ack/{number}", answering,
            language => TicketMailTemplates.Acknowledgement(language, ticket.Requester.Name, number, ticket.Subject, Link(number)));
    }

    /// <summary>Mails a staff member's public message to the requester.</summary>
    public Task StaffReplyAsync(TicketState ticket, TicketEntryState message)
    {
        if (message.Kind != TicketEntryKind.Message || !message.ByStaff)
        {
            return Task.CompletedTask;
        }

        var number = ticket.Number!;
        return SendAsync(ticket.Requester.Email, OutboundMailKind.StaffReply, number, $"reply/{number}/{message.Id}", null,
            language => TicketMailTemplates.StaffReply(language, ticket.Subject, message.Author.Name, message.Body, Link(number)));
    }

    /// <summary>Tells the requester the ticket now waits for them, is resolved or is closed; other statuses send nothing.</summary>
    public Task StatusChangedAsync(TicketState ticket, TicketStatus before)
    {
        if (ticket.Status == before || !TicketMailTemplates.IsNotified(ticket.Status))
        {
            return Task.CompletedTask;
        }

        var number = ticket.Number!;
        return SendAsync(ticket.Requester.Email, OutboundMailKind.StatusNotification, number, $"status/{number}/{ticket.Version}", null,
            language => TicketMailTemplates.StatusChanged(language, ticket.Requester.Name, number, ticket.Subject, ticket.Status, tickets.Value.AutoCloseDays, Link(number)));
    }

    private string Link(string number) => channel.Value.TicketLink(number);

    private async Task SendAsync(string to, OutboundMailKind kind, string number, string key, string? answering, Func<MailLanguage, RenderedMail> render)
    {
        try
        {
            var language = (await grains.Person(to).GetMailStatusAsync()).Language;
            var mail = render(language);
            await outbox.EnqueueAsync(new OutboundMail(to, mail.Subject, mail.Body, kind, number, InReplyTo: answering, IdempotencyKey: key));
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            LogNotHandedOver(logger, kind, number, failure);
        }
    }

    [LoggerMessage(EventId = 6201, Level = LogLevel.Error, Message = "A {MailKind} mail of ticket {TicketNumber} was not handed to the outbox")]
    private static partial void LogNotHandedOver(ILogger logger, OutboundMailKind mailKind, string ticketNumber, Exception exception);
}
