using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using MimeKit.Utils;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Recognises bounces and reads them: RFC 3464 delivery-status reports, and mail from mailer-daemon or postmaster.
/// </summary>
public static partial class BounceParser
{
    private static readonly string[] DaemonNames = ["mailer-daemon", "mailerdaemon", "postmaster"];

    /// <summary>The first <c>multipart/report</c> part in the message, if any, with its report type.</summary>
    public static MultipartReport? FindReport(MimeMessage message) =>
        Descendants(message.Body).OfType<MultipartReport>().FirstOrDefault();

    /// <summary>True when the sender is a mail system (<c>MAILER-DAEMON</c>, <c>postmaster</c>) rather than a person.</summary>
    public static bool IsFromMailSystem(MimeMessage message) =>
        message.From.Mailboxes.Concat(message.Sender is null ? [] : [message.Sender])
            .Any(m => DaemonNames.Contains(LocalPart(m.Address), StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Reads a bounce. For a delivery-status report the per-recipient fields; otherwise <c>X-Failed-Recipients</c> and
    /// the first enhanced status code in the text. The bounced mail's Message-ID and subject come from the attached
    /// message or headers part, else from <c>Message-ID:</c> and <c>Subject:</c> lines quoted in the text.
    /// </summary>
    public static BounceReport Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var report = FindReport(message);
        var status = report is null ? null : Descendants(report).OfType<MessageDeliveryStatus>().FirstOrDefault();
        var failures = status is null ? FailuresFromText(message) : FailuresFromStatus(status);
        var (originalId, originalSubject) = OriginalMessage(message);
        return new BounceReport(failures, originalId, originalSubject, IsDeliveryStatusNotification: status is not null);
    }

    /// <summary>
    /// True when a delivery-status report is about failed or delayed delivery, or cannot be read; false when it only
    /// reports successful delivery.
    /// </summary>
    public static bool ReportsFailure(MultipartReport report)
    {
        var statuses = Descendants(report).OfType<MessageDeliveryStatus>().ToList();
        return statuses.Count == 0 || statuses.Any(s => FailuresFromStatus(s).Count > 0);
    }

    private static List<DeliveryFailure> FailuresFromStatus(MessageDeliveryStatus status)
    {
        var failures = new List<DeliveryFailure>();
        foreach (var group in status.StatusGroups.Skip(1))
        {
            var action = group["Action"]?.Trim().ToLowerInvariant();
            var code = StatusCode(group["Status"]);
            var failed = action is "failed" or "delayed" || (action is null && code is not null && code[0] is '4' or '5');
            if (!failed)
            {
                continue;
            }

            var recipient = Address(group["Final-Recipient"]) ?? Address(group["Original-Recipient"]) ?? string.Empty;
            var diagnostic = group["Diagnostic-Code"]?.Trim();
            failures.Add(new DeliveryFailure(recipient, code, action, string.IsNullOrEmpty(diagnostic) ? null : diagnostic, IsPermanent(code, action)));
        }

        return failures;
    }

    private static List<DeliveryFailure> FailuresFromText(MimeMessage message)
    {
        var text = message.TextBody ?? string.Empty;
        var codeMatch = EnhancedStatus().Match(text);
        var code = codeMatch.Success ? codeMatch.Value : null;
        var recipients = message.Headers.Where(h => h.Field.Equals("X-Failed-Recipients", StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => h.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(a => a.Trim('<', '>', ' '))
            .Where(a => a.Contains('@', StringComparison.Ordinal))
            .Distinct(StringComparer.OrdinalIgnoreCase);
        return [.. recipients.Select(r => new DeliveryFailure(r, code, null, null, IsPermanent(code, null)))];
    }

    private static (string? Id, string? Subject) OriginalMessage(MimeMessage message)
    {
        var attached = Descendants(message.Body).OfType<MessagePart>().Select(p => p.Message).FirstOrDefault(m => m is not null);
        var id = attached?.MessageId;
        var subject = attached?.Subject;
        if (id is null || subject is null)
        {
            var text = string.Join('\n', Descendants(message.Body).OfType<TextPart>().Select(p => p.Text));
            var idMatch = QuotedMessageId().Match(text);
            var subjectMatch = QuotedSubject().Match(text);
            id ??= idMatch.Success ? idMatch.Groups["id"].Value : null;
            subject ??= subjectMatch.Success ? Rfc2047.DecodeText(Encoding.UTF8.GetBytes(subjectMatch.Groups["subject"].Value.Trim())) : null;
        }

        return (string.IsNullOrWhiteSpace(id) ? null : id.Trim(), string.IsNullOrWhiteSpace(subject) ? null : subject);
    }

    private static bool IsPermanent(string? code, string? action) =>
        code is not null ? code[0] == '5' : action == "failed";

    private static string? StatusCode(string? value)
    {
        var match = value is null ? Match.Empty : EnhancedStatus().Match(value);
        return match.Success ? match.Value : null;
    }

    // "rfc822; someone@example.org" → "someone@example.org".
    private static string? Address(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var address = (semicolon >= 0 ? value[(semicolon + 1)..] : value).Trim().Trim('<', '>');
        return address.Length == 0 ? null : address;
    }

    private static string LocalPart(string? address)
    {
        var at = address?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        return at < 0 ? address ?? string.Empty : address![..at];
    }

    internal static IEnumerable<MimeEntity> Descendants(MimeEntity? root)
    {
        if (root is null)
        {
            yield break;
        }

        var stack = new Stack<MimeEntity>([root]);
        while (stack.Count > 0)
        {
            var entity = stack.Pop();
            yield return entity;
            if (entity is Multipart multipart)
            {
                for (var i = multipart.Count - 1; i >= 0; i--)
                {
                    stack.Push(multipart[i]);
                }
            }
        }
    }

    [GeneratedRegex(@"\b[245]\.\d{1,3}\.\d{1,3}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EnhancedStatus();

    [GeneratedRegex(@"^\s*Message-ID:\s*<(?<id>[^<>\s]+)>", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedMessageId();

    [GeneratedRegex(@"^\s*Subject:[ \t]*(?<subject>[^\r\n]+)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedSubject();
}
