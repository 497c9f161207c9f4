using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Threading;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Decides what an incoming mail is: a bounce, an automatic mail, a reply candidate for a ticket, or a new question.
/// </summary>
/// <remarks>
/// Order: bounces first (a delivery-status report about failed or delayed delivery, or mail from mailer-daemon or
/// postmaster), then automatic mail (<see cref="AutomaticMailRules"/>; includes read receipts and successful delivery
/// reports), then a ticket reference, else a new question. Automatic mail and bounces still carry the ticket they
/// refer to, so they can be recorded there; they never open a ticket and are never answered. A reference to a ticket
/// is found by a Message-ID the system signed (In-Reply-To, References; for a bounce the bounced mail's id) or by the
/// subject tag; the signed reference wins when the two disagree. It says nothing about whether the sender may add to
/// that ticket.
/// </remarks>
public sealed class MailClassifier(MessageIdSigner signer, RobotSenderRules? robots = null)
{
    private readonly RobotSenderRules _robots = robots ?? RobotSenderRules.Default;

    /// <summary>Classifies one parsed message. Never throws for odd or malformed mail; the worst case is a new question.</summary>
    public MailClassification Classify(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var key = MailDedupeKey.For(message);
        var references = ReferencesOf(message);

        var report = BounceParser.FindReport(message);
        var isDeliveryReport = report is not null && string.Equals(report.ReportType, "delivery-status", StringComparison.OrdinalIgnoreCase);
        if ((isDeliveryReport && BounceParser.ReportsFailure(report!)) || (report is null && BounceParser.IsFromMailSystem(message)))
        {
            var bounce = BounceParser.Read(message);
            return new MailClassification
            {
                Kind = InboundMailKind.Bounce,
                DedupeKey = key,
                Bounce = bounce,
                Ticket = BounceTicket(message, bounce),
                References = references,
            };
        }

        var automatic = report is not null
            ? (AutomaticMailReason.DeliveryReport, $"multipart/report; report-type={report.ReportType}")
            : AutomaticMailRules.Find(message);
        var ticket = Reference(signer.FindTicket(message), message.Subject);
        if (automatic is { } found)
        {
            return new MailClassification
            {
                Kind = InboundMailKind.Automatic,
                DedupeKey = key,
                AutomaticReason = found.Reason,
                AutomaticDetail = found.Detail,
                Ticket = ticket,
                References = references,
            };
        }

        return new MailClassification
        {
            Kind = ticket is null ? InboundMailKind.NewQuestion : InboundMailKind.ReplyCandidate,
            DedupeKey = key,
            Ticket = ticket,
            References = references,
            NoAcknowledgement = _robots.Find(message),
        };
    }

    private TicketReference? BounceTicket(MimeMessage message, BounceReport bounce)
    {
        TicketNumber? signed = null;
        if (signer.TryVerify(bounce.OriginalMessageId, out var original) && original is not null)
        {
            signed = original;
        }

        signed ??= signer.FindTicket(message);
        return Reference(signed, bounce.OriginalSubject) ?? Reference(signed, message.Subject);
    }

    private static TicketReference? Reference(TicketNumber? signed, string? subject)
    {
        var tagged = SubjectTag.TryFind(subject, out var number) ? number : (TicketNumber?)null;
        if (signed is { } bySignature)
        {
            return new TicketReference(bySignature, BySubjectTag: tagged == bySignature, BySignedReference: true);
        }

        return tagged is { } byTag ? new TicketReference(byTag, BySubjectTag: true, BySignedReference: false) : null;
    }

    private static List<string> ReferencesOf(MimeMessage message)
    {
        IEnumerable<string?> all = [message.InReplyTo, .. message.References.Reverse()];
        return [.. all.Where(id => !string.IsNullOrWhiteSpace(id)).Select(id => id!.Trim()).Distinct(StringComparer.Ordinal)];
    }
}
