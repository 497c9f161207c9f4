namespace LivcR.Support.Contracts.Mail;

/// <summary>
/// Where every outgoing mail goes. Callers hand a mail over and carry on; delivery (retries, headers, loop guard) is the
/// outbox's concern. Available as a service in the silo and in the gateway.
/// </summary>
public interface IMailOutbox
{
    /// <summary>Accepts a mail for delivery. Returns once the outbox has taken responsibility for it.</summary>
    Task EnqueueAsync(OutboundMail mail, CancellationToken cancellationToken = default);
}
