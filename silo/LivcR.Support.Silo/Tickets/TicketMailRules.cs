using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// The rules for mail a ticket takes in: each mail once (by its dedupe key), attachments within the ticket's limit,
/// notes as system events, and the "onbekende afzender" flag on a ticket whose sender could not be placed.
/// </summary>
public static class TicketMailRules
{
    /// <summary>The tag of a ticket whose sender could not be tied to a municipality (to be triaged).</summary>
    public const string UnknownSenderTag = "onbekende-afzender";

    /// <summary>Most dedupe keys a ticket keeps (the oldest go first; a mail that old is not re-read).</summary>
    public const int MaxKeys = 500;

    /// <summary>True when the ticket already took this mail in.</summary>
    public static bool Holds(TicketState ticket, string dedupeKey) => ticket.MailKeys.Contains(dedupeKey, StringComparer.Ordinal);

    /// <summary>Fills a fresh ticket from a mail; returns the ids of stored attachments it could not take.</summary>
    public static IReadOnlyList<string> Open(TicketState ticket, string number, NewTicket request, InboundMail mail, long maxTotalBytes)
    {
        ticket.Open(number, request);
        ticket.Entries.First(e => e.Kind == TicketEntryKind.Message).MailKey = mail.DedupeKey;
        if (string.IsNullOrEmpty(request.MunicipalityNisCode))
        {
            ticket.Tags = TicketTags.Normalise([.. ticket.Tags, UnknownSenderTag]);
            TicketWorkflow.Record(ticket, TicketActor.System, "Afzender onbekend: geen persoon of maildomein van een gemeente. Kies de gemeente bij de triage.", mail.ReceivedAt);
        }

        return Take(ticket, mail, maxTotalBytes);
    }

    /// <summary>Adds a reply that came by mail (a public message); returns the ids of stored attachments it could not take.</summary>
    public static IReadOnlyList<string> Receive(TicketState ticket, InboundMail mail, long maxTotalBytes)
    {
        TicketWorkflow.Reply(ticket, mail.Author, mail.Body, mail.ReceivedAt);
        ticket.Entries.Last(e => e.Kind == TicketEntryKind.Message).MailKey = mail.DedupeKey;
        return Take(ticket, mail, maxTotalBytes);
    }

    /// <summary>Records an automatic reply or a bounce as a system event and remembers the mail.</summary>
    public static void RecordEvent(TicketState ticket, string dedupeKey, string text, DateTimeOffset now)
    {
        TicketWorkflow.Record(ticket, TicketActor.System, Clip(text), now);
        Remember(ticket, dedupeKey);
    }

    /// <summary>Files the ticket under a municipality (staff); the unknown-sender tag goes.</summary>
    public static void SetMunicipality(TicketState ticket, TicketActor actor, string nisCode, string municipalityName, DateTimeOffset now)
    {
        if (!actor.IsStaff)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers kiezen de gemeente van een ticket.");
        }

        if (ticket.MunicipalityNisCode == nisCode)
        {
            return;
        }

        ticket.MunicipalityNisCode = nisCode;
        ticket.Tags.Remove(UnknownSenderTag);
        TicketWorkflow.Record(ticket, actor, $"Gemeente: {municipalityName}", now);
    }

    private static IReadOnlyList<string> Take(TicketState ticket, InboundMail mail, long maxTotalBytes)
    {
        var refused = new List<string>();
        foreach (var attachment in mail.Attachments)
        {
            if (ticket.Attachments.Any(a => a.Id == attachment.Id))
            {
                continue;
            }

            if (ticket.Attachments.Sum(a => a.Size) + attachment.Size > maxTotalBytes)
            {
                refused.Add(attachment.Id);
                TicketWorkflow.Record(ticket, TicketActor.System, $"Bijlage {attachment.Name} niet overgenomen: dit ticket heeft al {maxTotalBytes / (1024 * 1024)} MiB aan bijlagen. De mail staat nog in de mailbox.", mail.ReceivedAt);
                continue;
            }

            ticket.Attachments.Add(attachment);
            TicketWorkflow.Record(ticket, mail.Author, $"Bijlage toegevoegd (mail): {attachment.Name} ({attachment.Size / 1024.0:0.#} KiB)", mail.ReceivedAt);
        }

        foreach (var note in mail.Notes)
        {
            TicketWorkflow.Record(ticket, TicketActor.System, Clip(note), mail.ReceivedAt);
        }

        Remember(ticket, mail.DedupeKey);
        return refused;
    }

    /// <summary>Remembers a mail's key (the newest <see cref="MaxKeys"/>), so the same mail read again is a duplicate.</summary>
    internal static void Remember(TicketState ticket, string dedupeKey)
    {
        ticket.MailKeys.Add(dedupeKey);
        if (ticket.MailKeys.Count > MaxKeys)
        {
            ticket.MailKeys.RemoveRange(0, ticket.MailKeys.Count - MaxKeys);
        }
    }

    private static string Clip(string text) => text.Length <= 2000 ? text : text[..2000];
}
