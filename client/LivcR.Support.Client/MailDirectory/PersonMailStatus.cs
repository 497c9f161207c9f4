namespace LivcR.Support.Client;

/// <summary>How the system mails an address (schema type <c>PersonMailStatus</c>).</summary>
/// <param name="Email">The normalised address.</param>
/// <param name="Exists">True when a person with this address is known.</param>
/// <param name="Language">The language mail is written in.</param>
/// <param name="Undeliverable">Set after a permanent bounce; null when mail is delivered.</param>
public sealed record PersonMailStatus(string Email, bool Exists, MailLanguage Language, MailUndeliverable? Undeliverable);
