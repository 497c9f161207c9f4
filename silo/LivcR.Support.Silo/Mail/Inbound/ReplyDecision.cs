namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>The outcome of <see cref="ReplyAcceptanceRule.Decide"/>.</summary>
/// <param name="Accepted">True when the reply may be added to the ticket.</param>
/// <param name="Reason">Why.</param>
public sealed record ReplyDecision(bool Accepted, ReplyAcceptanceReason Reason);
