using Microsoft.Extensions.Options;
using MimeKit;

namespace LivcR.Support.Silo.Mail;

/// <summary>Who the helpdesk is in mail: its sender, its own addresses (never answered), whether it can send at all.</summary>
public sealed class MailIdentity(IOptions<SmtpOptions> smtp, IOptions<MailChannelOptions> channel)
{
    /// <summary>The sender of every outgoing mail.</summary>
    public MailboxAddress From => new(smtp.Value.FromName, smtp.Value.From);

    /// <summary>True when an SMTP server is configured.</summary>
    public bool CanSend => smtp.Value.IsConfigured;

    /// <summary>The sender address and the address of every mailbox read, lower case.</summary>
    public IReadOnlySet<string> OwnAddresses => field ??= new[] { smtp.Value.From }
        .Concat(channel.Value.Mailboxes.Select(m => m.Address))
        .Where(a => !string.IsNullOrWhiteSpace(a))
        .Select(a => a!.Trim().ToLowerInvariant())
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>True when the address is one of the helpdesk's own.</summary>
    public bool IsOwn(string? address) => address is not null && OwnAddresses.Contains(address.Trim().ToLowerInvariant());
}
