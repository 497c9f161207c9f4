using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Mail;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Mail.Outbox;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Gateway.Services;

/// <summary>
/// The email channel for staff: the outbox (list, send again), the quarantine (list, release as a ticket, discard), the
/// mailbox readers, and filing a mail-born ticket under a municipality. Every change is audited.
/// </summary>
public sealed class MailChannelService(
    IGrainFactory grains,
    CallerContext request,
    AuditLog audit,
    OutboxStore outbox,
    QuarantineStore quarantine,
    IOptions<MailChannelOptions> channel,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>Most rows one list returns.</summary>
    public const int MaxRows = 200;

    /// <summary>Mails in the outbox, newest first (staff).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(OutboxMailStatus? status, int first)
    {
        Require(MailChannelAccess.CanManageOutbox, "Enkel VVSG-medewerkers zien de uitgaande mail.");
        return await outbox.ListAsync(status, Limit(first));
    }

    /// <summary>Sends a failed, suppressed or held mail again with a fresh count of attempts (staff).</summary>
    public async Task<OutboxEntry> RetryAsync(string id)
    {
        var actor = await RequireAsync(MailChannelAccess.CanManageOutbox, "mail.retry", $"outbox:{id}", "Enkel VVSG-medewerkers versturen uitgaande mail opnieuw.");
        var mail = await outbox.FindAsync(id) ?? throw SupportException.NotFound($"Er is geen uitgaande mail {id}.");
        if (!await outbox.RetryAsync(id, clock.GetUtcNow()))
        {
            await audit.RecordAsync(actor.Email, "mail.retry", $"outbox:{id}", request.Ip, AuditOutcome.Failed);
            throw new SupportException(SupportErrorCode.Conflict, mail.Status is OutboxMailStatus.Sent or OutboxMailStatus.Pending
                ? "Deze mail is al verstuurd of staat al in de wachtrij."
                : "Deze mail kan niet opnieuw verstuurd worden: de inhoud is er niet meer.");
        }

        await audit.RecordAsync(actor.Email, "mail.retry", $"outbox:{id}", request.Ip, AuditOutcome.Ok);
        await grains.GetGrain<IMailOutboxGrain>(DurableMailOutbox.WorkerKey).WakeAsync();
        return await outbox.FindAsync(id) ?? mail;
    }

    /// <summary>Quarantined mail, newest first (staff).</summary>
    public async Task<IReadOnlyList<QuarantineEntry>> QuarantineAsync(string? status, int first)
    {
        Require(MailChannelAccess.CanManageQuarantine, "Enkel VVSG-medewerkers zien de mail in quarantaine.");
        return await quarantine.ListAsync(status, Limit(first));
    }

    /// <summary>Turns a quarantined mail into a new ticket (staff); returns the quarantine entry with the ticket number.</summary>
    public async Task<QuarantineEntry> ReleaseAsync(string id)
    {
        var actor = await RequireAsync(MailChannelAccess.CanManageQuarantine, "mail.quarantine.release", $"quarantine:{id}", "Enkel VVSG-medewerkers geven mail vrij uit quarantaine.");
        try
        {
            var number = await grains.GetGrain<IMailQuarantineGrain>(0).ReleaseAsync(id, actor.Email);
            await audit.RecordAsync(actor.Email, "mail.quarantine.release", $"ticket:{number}", request.Ip, AuditOutcome.Ok);
        }
        catch (SupportException)
        {
            await audit.RecordAsync(actor.Email, "mail.quarantine.release", $"quarantine:{id}", request.Ip, AuditOutcome.Failed);
            throw;
        }

        return await quarantine.FindAsync(id) ?? throw SupportException.NotFound($"Er is geen mail {id} in quarantaine.");
    }

    /// <summary>Throws a quarantined mail away (staff): its content is deleted, the record stays.</summary>
    public async Task<QuarantineEntry> DiscardAsync(string id)
    {
        var actor = await RequireAsync(MailChannelAccess.CanManageQuarantine, "mail.quarantine.discard", $"quarantine:{id}", "Enkel VVSG-medewerkers gooien mail uit quarantaine weg.");
        _ = await quarantine.FindAsync(id) ?? throw SupportException.NotFound($"Er is geen mail {id} in quarantaine.");
        if (!await quarantine.DecideAsync(id, QuarantineStore.Discarded, actor.Email, clock.GetUtcNow(), null))
        {
            await audit.RecordAsync(actor.Email, "mail.quarantine.discard", $"quarantine:{id}", request.Ip, AuditOutcome.Failed);
            throw new SupportException(SupportErrorCode.Conflict, "Over deze mail werd al beslist.");
        }

        await audit.RecordAsync(actor.Email, "mail.quarantine.discard", $"quarantine:{id}", request.Ip, AuditOutcome.Ok);
        return (await quarantine.FindAsync(id))!;
    }

    /// <summary>The state of every configured mailbox reader (staff and admins).</summary>
    public async Task<IReadOnlyList<MailboxStatus>> MailboxesAsync()
    {
        Require(MailChannelAccess.CanSeeMailboxes, "Enkel VVSG-medewerkers en beheerders zien de mailboxen.");
        return await Task.WhenAll(channel.Value.Mailboxes.Select(m => grains.GetGrain<IMailboxGrain>(m.Name).GetStatusAsync()));
    }

    /// <summary>Files a ticket under a municipality (staff), e.g. one from an unknown sender.</summary>
    public async Task<TicketView> SetTicketMunicipalityAsync(string number, string nisCode)
    {
        var actor = await RequireAsync(a => a.IsStaff, "ticket.set-municipality", $"ticket:{number}", "Enkel VVSG-medewerkers kiezen de gemeente van een ticket.");
        if (!TicketNumber.TryParse(number?.Trim(), out var parsed) || await grains.Ticket(parsed).GetAsync(TicketAudience.Staff) is null)
        {
            throw SupportException.NotFound($"Er is geen ticket {number}.");
        }

        var ticket = await grains.Ticket(parsed).SetMunicipalityAsync(new TicketActor(actor.Email, await NameAsync(actor.Email), IsStaff: true), nisCode);
        await audit.RecordAsync(actor.Email, "ticket.set-municipality", $"ticket:{ticket.Number}", request.Ip, AuditOutcome.Ok);
        return ticket;
    }

    private async Task<string> NameAsync(string email) => (await grains.Person(email).GetAsync())?.Name is { Length: > 0 } name ? name : email;

    private Actor Require(Func<Actor, bool> allowed, string message)
    {
        var actor = request.RequireActor();
        return allowed(actor) ? actor : throw new SupportException(SupportErrorCode.Forbidden, message);
    }

    private async Task<Actor> RequireAsync(Func<Actor, bool> allowed, string action, string target, string message)
    {
        var actor = request.RequireActor();
        if (!allowed(actor))
        {
            await audit.RecordAsync(actor.Email, action, target, request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, message);
        }

        return actor;
    }

    private static int Limit(int first) =>
        first is >= 1 and <= MaxRows ? first : throw SupportException.BadInput("first", $"Kies 1 tot {MaxRows}.");
}
