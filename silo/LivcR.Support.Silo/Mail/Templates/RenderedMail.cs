namespace LivcR.Support.Silo.Mail.Templates;

/// <summary>A mail written out in one language: subject (without the ticket tag, the outbox adds it) and plain-text body.</summary>
public sealed record RenderedMail(string Subject, string Body);
