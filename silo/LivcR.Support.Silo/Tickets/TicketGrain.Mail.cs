using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket's email side: the mail it receives (each once, by its dedupe key) and the mail its changes stage.</summary>
public sealed partial class TicketGrain
{
    private bool AcknowledgePortalTickets => ServiceProvider.GetRequiredService<IOptions<MailChannelOptions>>().Value.AcknowledgePortalTickets;

    /// <inheritdoc/>
    public async Task<MailReceipt> OpenFromMailAsync(NewTicket request, InboundMail mail)
    {
        if (State.Exists)
        {
            if (!TicketMailRules.Holds(State, mail.DedupeKey))
            {
                throw new SupportException(SupportErrorCode.Conflict, $"Ticket {Number} bestaat al.");
            }

            // Read again after a crash: the acknowledgement was staged before the write that stored this mail, so it is
            // already in the outbox and goes out once.
            return new MailReceipt(Number, MailReceiptOutcome.Duplicate, []);
        }

        var (screened, found) = Screen(request);
        var refused = TicketMailRules.Open(State, Number, screened, mail, AttachmentRules.MaxTicketBytes);
        TicketPersonalData.Record(State, found, mail.ReceivedAt);
        await SaveAsync(notices: mail.NoAcknowledgement is null
            ? TicketNotices.Acknowledgement(State, byMail: true, AcknowledgePortalTickets, mail.MessageId, personalDataFound: found.Count > 0)
            : []);
        LogOpened(logger, Number, request.MunicipalityNisCode);
        metrics.Submissions.Add(1, new KeyValuePair<string, object?>("channel", "mail"));
        return new MailReceipt(Number, MailReceiptOutcome.Added, refused);
    }

    /// <inheritdoc/>
    public async Task<MailReceipt> ReceiveMailAsync(InboundMail mail)
    {
        Prepare(null);
        if (TicketMailRules.Holds(State, mail.DedupeKey))
        {
            return new MailReceipt(Number, MailReceiptOutcome.Duplicate, []);
        }

        if (State.Status == TicketStatus.Closed && !mail.Author.IsStaff)
        {
            return new MailReceipt(Number, MailReceiptOutcome.Closed, []);
        }

        var screened = privacy.Screen(mail.Body, mail.Author.Email, State.Requester.Email);
        var refused = TicketMailRules.Receive(State, mail with { Body = screened.Text }, AttachmentRules.MaxTicketBytes);
        TicketPersonalData.Record(State, screened.Found, mail.ReceivedAt);
        await SaveAsync(mail.Author, TicketNotices.StaffReply(State));
        return new MailReceipt(Number, MailReceiptOutcome.Added, refused);
    }

    /// <inheritdoc/>
    public async Task<MailReceipt> RecordMailEventAsync(string dedupeKey, string text)
    {
        Prepare(null);
        if (TicketMailRules.Holds(State, dedupeKey))
        {
            return new MailReceipt(Number, MailReceiptOutcome.Duplicate, []);
        }

        var screened = privacy.Screen(text);
        TicketMailRules.RecordEvent(State, dedupeKey, screened.Text, clock.GetUtcNow());
        TicketPersonalData.Record(State, screened.Found, clock.GetUtcNow());
        await SaveAsync();
        return new MailReceipt(Number, MailReceiptOutcome.Added, []);
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetMunicipalityAsync(TicketActor actor, string nisCode)
    {
        Prepare(null);
        var municipality = municipalities.Find(nisCode?.Trim() ?? string.Empty)
            ?? throw SupportException.BadInput("nisCode", $"Er is geen Vlaamse gemeente met NIS-code {nisCode}.");
        var version = State.Version;
        TicketMailRules.SetMunicipality(State, actor, municipality.NisCode, municipality.Name, clock.GetUtcNow());
        return State.Version == version ? View(TicketAudience.Staff) : await SaveAsync(actor);
    }
}
