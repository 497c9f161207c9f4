namespace LivcR.Support.Contracts.Mail;

/// <summary>What the mail channel needs to know of an address, whether or not a person with it exists.</summary>
/// <param name="Email">The normalised address.</param>
/// <param name="Exists">True when a person with this address is known.</param>
/// <param name="Language">The language mail to this address is written in.</param>
/// <param name="Undeliverable">Set after a permanent bounce: do not mail this address.</param>
[GenerateSerializer]
[Immutable]
[Alias("livcr.person-mail-status")]
public sealed record PersonMailStatus(
    [property: Id(0)] string Email,
    [property: Id(1)] bool Exists,
    [property: Id(2)] MailLanguage Language,
    [property: Id(3)] MailUndeliverable? Undeliverable);
