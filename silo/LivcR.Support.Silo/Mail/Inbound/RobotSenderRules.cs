using System.Text.RegularExpressions;
using MimeKit;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Recognises mail from senders nobody reads answers to — no-reply addresses, mail systems, mailing lists, bulk and
/// newsletter senders, mail a spam filter flagged — that carries no RFC 3834 auto-reply headers. Such a mail is still
/// taken in (nothing is swallowed), but gets no acknowledgement; the reason is recorded on the ticket for staff.
/// </summary>
/// <param name="extraSenderPatterns">More sender addresses to treat so: regular expressions, matched case-insensitively
/// against the whole address (<c>Mail:NoAcknowledgementSenders</c>).</param>
public sealed partial class RobotSenderRules(IEnumerable<string> extraSenderPatterns)
{
    private readonly Regex[] _extra = [.. extraSenderPatterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))];

    /// <summary>The rules without extra patterns.</summary>
    public static RobotSenderRules Default { get; } = new([]);

    /// <summary>Why the sender gets no acknowledgement (Dutch, for the ticket's system event), or null for a person.</summary>
    public string? Find(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var headers = message.Headers;
        var address = message.From.Mailboxes.FirstOrDefault()?.Address ?? message.Sender?.Address;
        if (address is not null)
        {
            var local = address.Split('@')[0];
            if (NoReplyLocalPart().IsMatch(local))
            {
                return $"het afzenderadres {address} leest geen antwoorden";
            }

            if (_extra.FirstOrDefault(p => p.IsMatch(address)) is { } pattern)
            {
                return $"het afzenderadres {address} valt onder de instelling Mail:NoAcknowledgementSenders ({pattern})";
            }
        }

        foreach (var field in (string[])["List-Id", "List-Unsubscribe"])
        {
            if (headers.Contains(field))
            {
                return $"de mail komt van een mailinglijst of nieuwsbrief ({field})";
            }
        }

        var precedence = headers["Precedence"]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "list" or "junk")
        {
            return $"de mail is massaal verstuurd (Precedence: {precedence})";
        }

        if (headers.Contains("Feedback-ID"))
        {
            return "de mail is massaal verstuurd (Feedback-ID)";
        }

        if (headers["X-Spam-Flag"]?.Trim().Equals("YES", StringComparison.OrdinalIgnoreCase) == true
            || headers["X-Spam-Status"]?.TrimStart().StartsWith("Yes", StringComparison.OrdinalIgnoreCase) == true)
        {
            return "de spamfilter heeft de mail als spam gemarkeerd";
        }

        return null;
    }

    // noreply, no-reply, no_reply, donotreply, do-not-reply, mailer-daemon, postmaster — alone or with a suffix (noreply-facturen).
    [GeneratedRegex(@"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer[-_.]?daemon|postmaster)(?:$|[-_.+])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NoReplyLocalPart();
}
