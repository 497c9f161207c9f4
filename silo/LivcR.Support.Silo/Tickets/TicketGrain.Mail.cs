using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Attachments;
using LivcR.Support.Silo.Mail.Templates;
using LivcR.Support.Silo.Municipalities;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The ticket's email side: the mail it receives (each once, by its dedupe key) and the mail it sends after a change.</summary>
public sealed partial class TicketGrain
{
    private TicketMailer Mailer => field ??= ServiceProvider.GetRequiredService<TicketMailer>();

    private TimeProvider MailClock => field ??= ServiceProvider.GetRequiredKeyedService<TimeProvider>(SupportClock.Key);

    /// <inheritdoc/>
    public async Task<MailReceipt> OpenFromMailAsync(NewTicket request, InboundMail mail)
    {
        if (State.Exists)
        {
            if (!TicketMailRules.Holds(State, mail.DedupeKey))
            {
                throw new SupportException(SupportErrorCode.Conflict, $"Ticket {Number} bestaat al.");
            }

            // Read again after a crash: the acknowledgement may not have been handed over yet (it is sent once).
            await Mailer.AcknowledgeAsync(State, byMail: true, mail.MessageId);
            return new MailReceipt(Number, MailReceiptOutcome.Duplicate, []);
        }

        var refused = TicketMailRules.Open(State, Number, request, mail, AttachmentRules.MaxTicketBytes);
        await SaveAsync();
        await Mailer.AcknowledgeAsync(State, byMail: true, mail.MessageId);
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

        var refused = TicketMailRules.Receive(State, mail, AttachmentRules.MaxTicketBytes);
        await SaveAsync(mail.Author);
        await Mailer.StaffReplyAsync(State, State.Entries.Last(e => e.Kind == TicketEntryKind.Message));
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

        TicketMailRules.RecordEvent(State, dedupeKey, text, MailClock.GetUtcNow());
        await SaveAsync();
        return new MailReceipt(Number, MailReceiptOutcome.Added, []);
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetMunicipalityAsync(TicketActor actor, string nisCode)
    {
        Prepare(null);
        var municipality = ServiceProvider.GetRequiredService<MunicipalityDirectory>().Find(nisCode?.Trim() ?? string.Empty)
            ?? throw SupportException.BadInput("nisCode", $"Er is geen Vlaamse gemeente met NIS-code {nisCode}.");
        var version = State.Version;
        TicketMailRules.SetMunicipality(State, actor, municipality.NisCode, municipality.Name, MailClock.GetUtcNow());
        return State.Version == version ? View(TicketAudience.Staff) : await SaveAsync(actor);
    }
}
