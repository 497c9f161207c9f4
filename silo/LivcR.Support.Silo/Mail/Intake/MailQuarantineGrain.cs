using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Orleans.Concurrency;

namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>Releases quarantined mail as a new ticket (the message itself is kept in the quarantine table).</summary>
[StatelessWorker]
public sealed class MailQuarantineGrain(QuarantineStore quarantine, InboundMailHandler handler, [FromKeyedServices(SupportClock.Key)] TimeProvider clock)
    : Grain, IMailQuarantineGrain
{
    /// <inheritdoc/>
    public async Task<string> ReleaseAsync(string id, string staffEmail)
    {
        var entry = await quarantine.FindAsync(id) ?? throw SupportException.NotFound($"Er is geen mail {id} in quarantaine.");
        if (entry.Status != QuarantineStore.Quarantined)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Over deze mail werd al beslist.");
        }

        var (key, content) = await quarantine.ContentAsync(id)
            ?? throw new SupportException(SupportErrorCode.Conflict, "De mail zelf werd niet bewaard (te groot of onleesbaar); behandel ze in de mailbox.");
        using var stream = new MemoryStream(content);
        var message = await MimeMessage.LoadAsync(stream);
        var number = await handler.ReleaseAsNewAsync(message, key, entry.Mailbox);
        await quarantine.DecideAsync(id, QuarantineStore.Released, staffEmail, clock.GetUtcNow(), number);
        return number;
    }
}
