using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Mail.Outbox;

namespace LivcR.Support.Gateway.Services;

/// <summary>The email channel for staff: the outbox (list, send again). Every change is audited.</summary>
public sealed class MailChannelService(
    IGrainFactory grains,
    CallerContext request,
    AuditLog audit,
    OutboxStore outbox,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
{
    /// <summary>Most rows one list returns.</summary>
    public const int MaxRows = 500;

    /// <summary>Mails in the outbox, newest first (staff).</summary>
    public async Task<IReadOnlyList<OutboxEntry>> OutboxAsync(OutboxMailStatus? status, int first)
    {
        var actor = request.RequireActor();
        if (!MailChannelAccess.CanManageOutbox(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers zien de uitgaande mail.");
        }

        return await outbox.ListAsync(status, Limit(first));
    }

    /// <summary>Sends a failed, suppressed or held mail again with a fresh count of attempts (staff).</summary>
    public async Task<OutboxEntry> RetryAsync(string id)
    {
        var actor = request.RequireActor();
        var target = $"outbox:{id}";
        if (!MailChannelAccess.CanManageOutbox(actor))
        {
            await audit.RecordAsync(actor.Email, "mail.retry", target, request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers versturen uitgaande mail opnieuw.");
        }

        var mail = await outbox.FindAsync(id) ?? throw SupportException.NotFound($"Er is geen uitgaande mail {id}.");
        if (!await outbox.RetryAsync(id, clock.GetUtcNow()))
        {
            await audit.RecordAsync(actor.Email, "mail.retry", target, request.Ip, AuditOutcome.Failed);
            throw new SupportException(SupportErrorCode.Conflict, mail.Status is OutboxMailStatus.Sent or OutboxMailStatus.Pending
                ? "Deze mail is al verstuurd of staat al in de wachtrij."
                : "Deze mail kan niet opnieuw verstuurd worden: de inhoud is er niet meer.");
        }

        await audit.RecordAsync(actor.Email, "mail.retry", target, request.Ip, AuditOutcome.Ok);
        await grains.GetGrain<IMailOutboxGrain>(DurableMailOutbox.WorkerKey).WakeAsync();
        return await outbox.FindAsync(id) ?? mail;
    }

    private static int Limit(int first) =>
        first is >= 1 and <= MaxRows ? first : throw SupportException.BadInput("first", $"Kies 1 tot {MaxRows}.");
}
