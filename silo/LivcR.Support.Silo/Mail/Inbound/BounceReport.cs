namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>What a bounce says about the mail that bounced.</summary>
/// <param name="Failures">The recipients that failed or were delayed; empty when the bounce does not say.</param>
/// <param name="OriginalMessageId">The Message-ID of the bounced mail, when the bounce quotes it.</param>
/// <param name="OriginalSubject">The subject of the bounced mail, when the bounce quotes it.</param>
/// <param name="IsDeliveryStatusNotification">
/// True for a structured RFC 3464 report (<c>multipart/report; report-type=delivery-status</c>); false for a bounce
/// recognised by its sender (mailer-daemon, postmaster) whose details were read from headers and text.
/// </param>
public sealed record BounceReport(
    IReadOnlyList<DeliveryFailure> Failures,
    string? OriginalMessageId,
    string? OriginalSubject,
    bool IsDeliveryStatusNotification)
{
    /// <summary>True when at least one recipient failed permanently (5.x.x).</summary>
    public bool IsPermanent => Failures.Any(f => f.IsPermanent);
}
