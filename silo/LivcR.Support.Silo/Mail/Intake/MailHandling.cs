namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>What the intake did with one mail; everything but <see cref="MailHandlingOutcome.Quarantine"/> moves it to the processed folder.</summary>
/// <param name="Outcome">What happened.</param>
/// <param name="TicketNumber">The ticket it went to, if any.</param>
/// <param name="Reason">Why it was quarantined or ignored (for staff and the log; no content).</param>
public sealed record MailHandling(MailHandlingOutcome Outcome, string? TicketNumber = null, string? Reason = null)
{
    /// <summary>True when the mail goes to the quarantine folder.</summary>
    public bool Quarantine => Outcome == MailHandlingOutcome.Quarantine;
}
