namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>One recipient a bounce says the mail did not reach (yet).</summary>
/// <param name="Recipient">The address, as reported (<c>Final-Recipient</c>, else <c>Original-Recipient</c>, else <c>X-Failed-Recipients</c>).</param>
/// <param name="Status">The enhanced status code, e.g. <c>5.1.1</c>; null when the report gives none.</param>
/// <param name="Action">The DSN action (<c>failed</c>, <c>delayed</c>); null for a bounce without a delivery-status part.</param>
/// <param name="Diagnostic">The remote server's diagnostic, e.g. <c>smtp; 550 5.1.1 User unknown</c>; null when absent.</param>
/// <param name="IsPermanent">True for a permanent failure (status 5.x.x, or action <c>failed</c> without status): stop mailing this address.</param>
public sealed record DeliveryFailure(string Recipient, string? Status, string? Action, string? Diagnostic, bool IsPermanent);
