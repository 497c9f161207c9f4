using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>
/// Turns what a mail says into what a ticket takes: a subject without old ticket tags, a body within the ticket's limits,
/// the sender as author, notes about attachments that were not taken over, and stable attachment ids.
/// </summary>
/// <remarks>
/// Mail is not a form: nothing is refused for being too long or oddly formatted. A subject is cut at 200 characters, a
/// body at 64 KiB with a note (the whole mail stays in the mailbox's processed folder and its text in the intake table),
/// control characters are dropped, an empty subject or body gets a placeholder.
/// </remarks>
public static partial class MailTicketFactory
{
    /// <summary>The subject of a mail without one.</summary>
    public const string NoSubject = "(geen onderwerp)";

    /// <summary>The body of a mail without text.</summary>
    public const string NoText = "(Deze mail bevat geen tekst.)";

    private const string Cut = "\n\n[… ingekort: de volledige mail blijft bewaard in de mailbox]";

    /// <summary>The subject for a new ticket: one line, ticket tags of other tickets removed, at most 200 characters.</summary>
    public static string Subject(string? subject)
    {
        var clean = Spaces().Replace(Tags().Replace(WithoutControls(subject ?? string.Empty, keepLines: false), " "), " ").Trim();
        if (clean.Length == 0)
        {
            return NoSubject;
        }

        return clean.Length <= HelpdeskRequestValidator.MaxSubjectLength ? clean : clean[..(HelpdeskRequestValidator.MaxSubjectLength - 1)].TrimEnd() + "…";
    }

    /// <summary>A message body: control characters dropped, line ends normalised, at most 64 KiB (cut with a note), never empty.</summary>
    public static string Body(string? text)
    {
        var clean = WithoutControls((text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), keepLines: true).Trim();
        if (clean.Length == 0)
        {
            return NoText;
        }

        if (Encoding.UTF8.GetByteCount(clean) <= HelpdeskRequestValidator.MaxBodyBytes)
        {
            return clean;
        }

        var budget = HelpdeskRequestValidator.MaxBodyBytes - Encoding.UTF8.GetByteCount(Cut);
        var length = Math.Min(clean.Length, budget);
        while (Encoding.UTF8.GetByteCount(clean.AsSpan(0, length)) > budget)
        {
            length -= Math.Max(1, (Encoding.UTF8.GetByteCount(clean.AsSpan(0, length)) - budget) / 4);
        }

        if (length > 0 && char.IsHighSurrogate(clean[length - 1]))
        {
            length--;
        }

        return clean[..length].TrimEnd() + Cut;
    }

    /// <summary>The text a reply adds to a thread: what the sender wrote, without the quoted history (all of it when nothing else is left).</summary>
    public static string ReplyText(InboundContent content) =>
        string.IsNullOrWhiteSpace(content.Reply.Reply) ? content.Text : content.Reply.Reply;

    /// <summary>The sender as the author of a message; staff when the resolver knows them as staff.</summary>
    public static TicketActor Author(InboundAddress from, ResolvedSender sender)
    {
        var email = sender.Address ?? from.Address.Trim().ToLowerInvariant();
        var name = WithoutControls(from.Name ?? string.Empty, keepLines: false).Trim().Trim('"', '\'').Trim();
        if (name.Length == 0)
        {
            name = sender.Person?.Name is { Length: > 0 } known ? known : email.Split('@')[0];
        }

        return new TicketActor(email, name.Length <= HelpdeskRequestValidator.MaxNameLength ? name : name[..HelpdeskRequestValidator.MaxNameLength], sender.IsStaff);
    }

    /// <summary>The new ticket a mail opens; without municipality when the sender could not be placed.</summary>
    public static NewTicket NewTicket(InboundContent content, TicketActor author, string? municipalityNisCode, DateTimeOffset receivedAt, string? followUpOf = null)
    {
        var subject = Subject(content.Subject);
        if (followUpOf is not null)
        {
            subject = Subject($"Opvolging {followUpOf}: {subject}");
        }

        return new NewTicket(municipalityNisCode ?? string.Empty, subject, Body(content.Text), author.Person, receivedAt, Confidential: false, followUpOf);
    }

    /// <summary>A note for each attachment that was not taken over, with the reason.</summary>
    public static IReadOnlyList<string> AttachmentNotes(InboundContent content) =>
        [.. content.Attachments.Where(a => !a.IsAccepted).Select(a => string.Create(
            CultureInfo.InvariantCulture,
            $"Bijlage {a.FileName} ({a.Size / (1024.0 * 1024.0):0.0} MB) niet overgenomen: {a.ProblemMessage} De volledige mail blijft bewaard in de mailbox."))];

    /// <summary>
    /// The system event on the ticket of a mail whose Message-ID an earlier, different mail carried first: it was taken in
    /// as a mail of its own, and replies that refer to that id go to the first mail's ticket.
    /// </summary>
    public static string ReusedMessageIdNote(string messageId) =>
        $"Message-ID hergebruikt: een eerdere, andere mail droeg dezelfde Message-ID <{messageId}>. Deze mail werd als een aparte mail verwerkt; " +
        "antwoorden die naar die Message-ID verwijzen, komen bij de eerste mail terecht.";

    /// <summary>The id of the n-th attachment of a mail: the same every time the mail is read, so storing it twice is harmless.</summary>
    public static string AttachmentId(string dedupeKey, int index) =>
        "m" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{dedupeKey}\n{index.ToString(CultureInfo.InvariantCulture)}")))[..31];

    // Multi-line text keeps its line ends and tabs and loses other control characters; one-line text turns every control
    // character (line ends and tabs included) into a space.
    private static string WithoutControls(string text, bool keepLines) => keepLines
        ? new(text.Where(c => !char.IsControl(c) || c is '\n' or '\t').ToArray())
        : new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

    [GeneratedRegex(@"\[\s*VVSG\s*#\s*\d{4}-\d{5,9}\s*\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Spaces();
}
