namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>What the intake kept of one mail that went to a ticket (a row of <c>livcr_mail_inbound</c>).</summary>
/// <param name="DedupeKey">The mail's dedupe key (see <see cref="Inbound.MailDedupeKey"/>; the Message-ID alone for a mail recorded before keys carried a fingerprint).</param>
/// <param name="MessageId">Its Message-ID without angle brackets; null when it had none.</param>
/// <param name="ReceivedAt">When the helpdesk read it.</param>
/// <param name="FullText">The whole text as received, quoted history included; null when not recorded.</param>
/// <param name="SafeHtml">The HTML body as <see cref="Inbound.HtmlCleaner"/> left it; null for a mail without HTML.</param>
public sealed record InboundMailRecord(string DedupeKey, string? MessageId, DateTimeOffset ReceivedAt, string? FullText, string? SafeHtml);
