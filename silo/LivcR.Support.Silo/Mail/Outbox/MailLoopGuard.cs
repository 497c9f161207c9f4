using System.Globalization;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Mail.Outbox;

/// <summary>
/// Decides, just before sending, whether a mail must not go out: mail to a requester at the helpdesk's own addresses (the
/// helpdesk would answer itself), mail to an address that bounced permanently, or automatic mail past the limit per
/// address per hour.
/// </summary>
/// <remarks>
/// The other half of the loop guard is on the way in: automatic mail and bounces never open a ticket and never get an
/// acknowledgement, and mail from the helpdesk's own addresses is quarantined. Notices to a team address that happens
/// to be the helpdesk's own (network mail to staff) or escalations to staff are not answers and do go out. A suppressed mail stays in the outbox with its reason, visible to staff, who may send it anyway.
/// </remarks>
public static class MailLoopGuard
{
    /// <summary>Why the mail must not be sent; null when it may go.</summary>
    /// <param name="recipient">The recipient's address.</param>
    /// <param name="automatic">True for automatic mail (everything but staff replies).</param>
    /// <param name="answersRequester">True for mail to a ticket's requester (acknowledgement, staff reply, status notification).</param>
    /// <param name="ownAddresses">The helpdesk's own addresses (sender and mailboxes), lower case.</param>
    /// <param name="status">What is known of the recipient's address (undeliverable flag), or null.</param>
    /// <param name="automaticSentLastHour">Automatic mails sent to this address in the last hour.</param>
    /// <param name="options">The limits.</param>
    public static string? SuppressionReason(
        string recipient, bool automatic, bool answersRequester, IReadOnlySet<string> ownAddresses, PersonMailStatus? status, int automaticSentLastHour, OutboxOptions options)
    {
        var address = (recipient ?? string.Empty).Trim().ToLowerInvariant();
        if (answersRequester && ownAddresses.Contains(address))
        {
            return "Eigen adres van de helpdesk: niet verstuurd (lusbeveiliging).";
        }

        if (status?.Undeliverable is { } undeliverable)
        {
            return string.Create(
                CultureInfo.InvariantCulture,
                $"Adres onbestelbaar sinds {undeliverable.Since:yyyy-MM-dd} ({undeliverable.Reason}): niet verstuurd.");
        }

        if (automatic && automaticSentLastHour >= options.MaxAutomaticPerAddressPerHour)
        {
            return $"Al {options.MaxAutomaticPerAddressPerHour} automatische mails naar dit adres in het afgelopen uur: niet verstuurd (lusbeveiliging).";
        }

        return null;
    }
}
