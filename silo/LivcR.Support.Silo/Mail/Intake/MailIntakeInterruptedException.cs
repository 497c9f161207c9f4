namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>A pass over a mailbox stopped because the database or the cluster failed; the reader reconnects after its back-off.</summary>
public sealed class MailIntakeInterruptedException(string message) : Exception(message);
