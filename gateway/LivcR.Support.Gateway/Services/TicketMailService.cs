using GraphQL.DataLoader;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// The mail behind thread entries (sanitised HTML, whole text with the quoted history), from <c>livcr_mail_inbound</c>:
/// one query per request for all entries a document asks for, each entry checked with <see cref="TicketMailAccess"/>.
/// </summary>
/// <remarks>
/// The HTML is sanitised again on the way out with today's <see cref="HtmlCleaner"/>, so a mail stored under older,
/// looser rules is shown under the current ones. An entry the caller may not see the mail of gets null, like one
/// written in the portal.
/// </remarks>
public sealed class TicketMailService
{
    private readonly CallerContext _request;
    private readonly BatchLoader<string, TicketEntryMail> _mails;

    /// <summary>Creates the service of one request.</summary>
    public TicketMailService(CallerContext request, InboundMailStore store)
    {
        _request = request;
        _mails = new BatchLoader<string, TicketEntryMail>(async (keys, ct) =>
            (await store.FindAsync(keys, ct)).ToDictionary(row => row.Key, row => Show(row.Value), StringComparer.Ordinal));
    }

    /// <summary>The mail a thread entry came with; null when none, or when the caller may not see it.</summary>
    public IDataLoaderResult<TicketEntryMail?> MailOf(TicketThreadEntry entry) =>
        entry.Entry.MailKey is { } key && _request.Actor is { } actor && TicketMailAccess.CanReadMailOf(actor, entry.Ticket, entry.Entry.Kind)
            ? _mails.Load(key)
            : _mails.None;

    private static TicketEntryMail Show(InboundMailRecord row) =>
        new(row.MessageId, row.ReceivedAt, HtmlCleaner.Sanitize(row.SafeHtml) is { Length: > 0 } html ? html : null, row.FullText);
}
