using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// Turns a mail handed to the outbox into the MIME message that is stored and sent: sender, subject tag, signed
/// Message-ID, threading headers and the headers that mark automatic mail.
/// </summary>
/// <remarks>
/// Automatic mail (everything but a staff reply) carries <c>Auto-Submitted</c> (RFC 3834: <c>auto-replied</c> for an
/// acknowledgement, which answers a question, <c>auto-generated</c> otherwise) and <c>X-Auto-Response-Suppress: All</c>,
/// so well-behaved auto-responders (Exchange's out-of-office among them) do not answer it. A staff reply is written by a
/// person and carries neither. <c>References</c> keeps the first id of the conversation and the latest ones (RFC 5322
/// allows trimming a long chain).
/// </remarks>
public static class OutboundMessageBuilder
{
    /// <summary>Most ids kept in <c>References</c>.</summary>
    public const int MaxReferences = 10;

    /// <summary>Builds the message.</summary>
    /// <param name="mail">The mail as handed over.</param>
    /// <param name="from">The helpdesk's sender.</param>
    /// <param name="messageId">The Message-ID (without angle brackets), made by <see cref="MessageIdSigner"/>.</param>
    /// <param name="thread">Earlier Message-IDs of the ticket's conversation, oldest first.</param>
    /// <param name="now">The Date header.</param>
    public static MimeMessage Build(OutboundMail mail, MailboxAddress from, string messageId, IReadOnlyList<string> thread, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(mail);
        var message = new MimeMessage { MessageId = messageId, Date = now };
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = Subject(mail);

        var references = References(thread, mail.InReplyTo);
        if (references.Count > 0)
        {
            message.InReplyTo = mail.InReplyTo ?? references[^1];
            foreach (var id in references)
            {
                message.References.Add(id);
            }
        }

        if (mail.IsAutomatic)
        {
            message.Headers.Add("Auto-Submitted", mail.Kind == OutboundMailKind.Acknowledgement ? "auto-replied" : "auto-generated");
            message.Headers.Add("X-Auto-Response-Suppress", "All");
        }

        message.Body = Body(mail);
        return message;
    }

    /// <summary>The subject as sent: one line, with the ticket's tag in front when the mail is about a ticket.</summary>
    public static string Subject(OutboundMail mail)
    {
        var subject = string.Join(' ', (mail.Subject ?? string.Empty).Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return TicketNumber.TryParse(mail.TicketNumber, out var number) ? SubjectTag.Apply(subject, number) : subject;
    }

    /// <summary>The <c>References</c> ids: the thread plus the answered id, without duplicates, the first and the latest ones.</summary>
    public static IReadOnlyList<string> References(IReadOnlyList<string> thread, string? inReplyTo)
    {
        var ids = thread.Select(Bare).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (Bare(inReplyTo) is { Length: > 0 } answered)
        {
            ids.Remove(answered);
            ids.Add(answered);
        }

        return ids.Count <= MaxReferences ? ids : [ids[0], .. ids.Skip(ids.Count - (MaxReferences - 1))];
    }

    private static string Bare(string? id) => (id ?? string.Empty).Trim().TrimStart('<').TrimEnd('>');

    private static MimeEntity Body(OutboundMail mail)
    {
        var text = new TextPart("plain") { Text = mail.TextBody ?? string.Empty };
        text.ContentType.Charset = "utf-8";
        text.ContentTransferEncoding = ContentEncoding.QuotedPrintable;
        if (mail.Attachments is not { Count: > 0 } attachments)
        {
            return text;
        }

        var mixed = new Multipart("mixed") { text };
        foreach (var attachment in attachments)
        {
            mixed.Add(new MimePart(ContentType.Parse(attachment.ContentType))
            {
                Content = new MimeContent(new MemoryStream(attachment.Content)),
                ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
                ContentTransferEncoding = ContentEncoding.Base64,
                FileName = attachment.FileName,
            });
        }

        return mixed;
    }
}
