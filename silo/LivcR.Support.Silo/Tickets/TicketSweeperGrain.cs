using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// Once a minute: repairs read-model rows behind their stored state, finds due tickets in the read model and lets each
/// ticket decide (its state is the truth), and forgets idempotency keys of new questions older than a day.
/// </summary>
public sealed class TicketSweeperGrain(
    TicketQueries queries,
    ProjectionRepair repair,
    Requests.RequestKeyStore requestKeys,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    IOptions<TicketOptions> options) : Grain, ITicketSweeperGrain, IRemindable
{
    private const string ReminderName = "sweep";

    /// <inheritdoc/>
    public async Task StartAsync() => await this.RegisterOrUpdateReminder(ReminderName, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

    /// <inheritdoc/>
    public async Task<int> SweepAsync()
    {
        var now = clock.GetUtcNow();
        var due = await queries.DueForCheckAsync(now, now.AddDays(-options.Value.AutoCloseDays), limit: 500);
        await Task.WhenAll(due.Select(number => GrainFactory.GetGrain<ITicketGrain>(number).CheckDeadlinesAsync()));
        return due.Count;
    }

    /// <inheritdoc/>
    public Task<int> RepairProjectionsAsync() => repair.RepairAsync();

    /// <inheritdoc/>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        // On a running system a ticket may be between its write and its projection: give it a moment before repairing.
        await repair.RepairAsync(settle: TimeSpan.FromSeconds(5));
        await SweepAsync();
        await requestKeys.PurgeAsync(clock.GetUtcNow());
    }
}
