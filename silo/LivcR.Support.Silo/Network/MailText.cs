namespace LivcR.Support.Silo.Network;

/// <summary>The subject and plain-text body of one mail, in the recipient's language.</summary>
public sealed record MailText(string Subject, string Body);
