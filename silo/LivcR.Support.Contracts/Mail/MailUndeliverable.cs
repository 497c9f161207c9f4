namespace LivcR.Support.Contracts.Mail;

/// <summary>Mail to this address bounced permanently: the system stops mailing it until staff or an admin clear the flag.</summary>
/// <param name="Reason">What the bounce said, e.g. <c>5.1.1 smtp; 550 User unknown</c> (no message content).</param>
/// <param name="Since">When the first permanent failure was recorded.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.mail-undeliverable")]
public sealed record MailUndeliverable([property: Id(0)] string Reason, [property: Id(1)] DateTimeOffset Since);
