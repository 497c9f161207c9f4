using LivcR.Support.Contracts.Mail;
using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Tickets;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Templates;

/// <summary>
/// Writes out, at delivery, the mail a ticket staged (acknowledgement, staff reply, status notification to its requester;
/// escalation to staff, whose Dutch text was fixed when staged): the template in the recipient's mail language, the ticket's thread for <c>In-Reply-To</c> and
/// <c>References</c>, and the MIME message with the Message-ID chosen when it was staged.
/// </summary>
/// <remarks>
/// Off the request path: the delivery worker calls it after the ticket confirmed the change was stored, with the language
/// it already read for the loop guard. A retry renders again with the same Message-ID; a language changed in between is
/// honoured.
/// </remarks>
public sealed class TicketMailer(OutboxStore store, MailIdentity identity, IOptions<MailChannelOptions> channel, IOptions<TicketOptions> tickets)
{
    /// <summary>The message to send for a staged row (<see cref="OutboxRow.IsStaged"/>).</summary>
    /// <exception cref="System.Text.Json.JsonException">The row's parameters are unreadable.</exception>
    public async Task<MimeMessage> BuildAsync(OutboxRow row, MailLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(row);
        var number = row.TicketNumber ?? throw new ArgumentException("Staged mail belongs to a ticket.", nameof(row));
        var text = TicketNoticeJson.Read(row.NoticeText ?? throw new ArgumentException("Staged mail without parameters.", nameof(row)));
        var rendered = Render(row.Kind, number, text, language, channel.Value.TicketLink(number), tickets.Value.AutoCloseDays);
        var mail = new OutboundMail(row.Recipient, rendered.Subject, rendered.Body, row.Kind, number, InReplyTo: row.InReplyTo);

        // An acknowledgement is the ticket's first mail: it answers the question (InReplyTo) and has no thread to look up.
        IReadOnlyList<string> thread = row.Kind == OutboundMailKind.Acknowledgement
            ? []
            : await store.ThreadAsync(number, row.CreatedAt, row.MessageId, cancellationToken);
        return OutboundMessageBuilder.Build(mail, identity.From, row.MessageId, thread, row.CreatedAt);
    }

    /// <summary>The subject (without tag) and body of a ticket mail in one language.</summary>
    public static RenderedMail Render(OutboundMailKind kind, string number, TicketNoticeText text, MailLanguage language, string link, int autoCloseDays)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind switch
        {
            OutboundMailKind.Acknowledgement => TicketMailTemplates.Acknowledgement(language, text.RequesterName, number, text.Subject, link, text.PersonalDataFound),
            OutboundMailKind.StaffReply => TicketMailTemplates.StaffReply(language, text.Subject, text.AuthorName ?? string.Empty, text.Body ?? string.Empty, link),
            OutboundMailKind.StatusNotification => TicketMailTemplates.StatusChanged(language, text.RequesterName, number, text.Subject, text.Status, autoCloseDays, link),
            OutboundMailKind.Escalation => new RenderedMail(EscalationNotice.Subject(number), text.Body ?? string.Empty),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a mail a ticket stages."),
        };
    }
}
