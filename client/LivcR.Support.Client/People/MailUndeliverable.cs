namespace LivcR.Support.Client;

/// <summary>Mail to an address bounced permanently (schema type <c>MailUndeliverable</c>).</summary>
/// <param name="Reason">What the bounce said.</param>
/// <param name="Since">When the first permanent failure was recorded.</param>
public sealed record MailUndeliverable(string Reason, DateTimeOffset Since);
