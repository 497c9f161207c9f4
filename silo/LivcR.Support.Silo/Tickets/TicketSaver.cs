using LivcR.Support.Silo.Mail.Outbox;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.ReadModel;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Tickets;

/// <summary>
/// How a ticket's change is stored: the mail it announces staged first, then the state written with the mail's tokens,
/// then the read-model row projected. Shared by all ticket activations; the grain only decides what changed.
/// </summary>
/// <remarks>
/// Staged first, so the write that follows cannot lose the mail, and a write that fails leaves a staged mail whose token
/// is stored nowhere, which the outbox never sends. When grain writes share the group commit
/// (<see cref="BatchedWriter.CarriesGrainWrites"/>), queueing the row before the write is enough (first in, first
/// committed); otherwise the save waits for the row's commit before it writes.
/// </remarks>
public sealed partial class TicketSaver(
    TicketNoticeOutbox noticeOutbox,
    BatchedWriter writer,
    TicketWriteHooks hooks,
    TicketReadModel readModel,
    MunicipalityDirectory municipalities,
    SlaPolicy sla,
    ILogger<TicketSaver> logger)
{
    /// <summary>Stages <paramref name="notices"/> (if any), writes the state with their tokens, then projects the row.</summary>
    public async Task SaveAsync(IPersistentState<TicketState> ticket, string number, IReadOnlyList<TicketNotice>? notices)
    {
        Task? staging = null;
        if (notices is { Count: > 0 })
        {
            ticket.State.NoticeTokens.AddRange(notices.Select(n => n.Token));
            staging = noticeOutbox.StageAsync(notices);
            if (!writer.CarriesGrainWrites)
            {
                await staging;
            }
        }

        try
        {
            await hooks.StepAsync(TicketWriteStep.BeforeStateWrite, number);
            await ticket.WriteStateAsync();
        }
        catch
        {
            Observe(staging);
            throw;
        }

        if (staging is not null)
        {
            await StagedAsync(staging, notices!, number);
        }

        await hooks.StepAsync(TicketWriteStep.AfterStateWrite, number);
        await ProjectSafelyAsync(ticket, number);
    }

    /// <summary>
    /// Upserts the ticket's read-model row; a failure is logged, the row is repaired on the next write, the next activation
    /// or the next <see cref="ProjectionRepair"/> pass.
    /// </summary>
    public async Task ProjectSafelyAsync(IPersistentState<TicketState> ticket, string number)
    {
        try
        {
            await ProjectAsync(ticket);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or TimeoutException or InvalidOperationException)
        {
            LogProjectionLagging(logger, number, ex);
        }
    }

    /// <summary>Upserts the ticket's read-model row, stamped with the version of the stored state it shows.</summary>
    public Task ProjectAsync(IPersistentState<TicketState> ticket) => readModel.UpsertAsync(Row(ticket.State, StoredVersion(ticket.Etag)));

    /// <summary>The ticket's read-model row (its province and SLA due times included).</summary>
    public TicketRow Row(TicketState state, int stateVersion = 0) =>
        TicketRow.From(state, municipalities.ProvinceKey(state.MunicipalityNisCode), sla, stateVersion);

    /// <summary>The ADO.NET store's ETag is the row's version number; other stores (memory, in tests) count as unknown.</summary>
    private static int StoredVersion(string? etag) =>
        int.TryParse(etag, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version) ? version : 0;

    /// <summary>
    /// Waits for the staged mail of a change whose state is already stored. Should its row have failed alone (its savepoint
    /// rolled back while the write committed), it is staged once more: the token is in the stored state, so it is sent.
    /// </summary>
    private async Task StagedAsync(Task staging, IReadOnlyList<TicketNotice> notices, string number)
    {
        try
        {
            await staging;
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            LogStagedAgain(logger, number, ex);
            await noticeOutbox.StageAsync(notices);
        }
    }

    private static void Observe(Task? staging) =>
        staging?.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: read model not updated, repaired on the next write or repair pass")]
    private static partial void LogProjectionLagging(ILogger logger, string ticketNumber, Exception exception);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Ticket {TicketNumber}: its mail was not staged with the stored change; staged again")]
    private static partial void LogStagedAgain(ILogger logger, string ticketNumber, Exception exception);
}
