namespace LivcR.Support.Contracts.Mail;

/// <summary>What a ticket did with an incoming mail.</summary>
/// <remarks>Stored nowhere; only ever appended to.</remarks>
public enum MailReceiptOutcome
{
    /// <summary>The mail was added (and written durably).</summary>
    Added = 0,

    /// <summary>The ticket already holds this mail (its dedupe key): nothing changed.</summary>
    Duplicate = 1,

    /// <summary>The ticket is closed and the sender is not staff: nothing changed; the caller opens a follow-up ticket.</summary>
    Closed = 2,
}
