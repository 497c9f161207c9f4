using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.Tickets;

/// <summary>One ticket: owns its thread, status and priority.</summary>
public sealed partial class TicketGrain(
    [PersistentState(stateName: "ticket", storageName: StorageNames.Support)] IPersistentState<TicketState> ticket,
    TimeProvider clock,
    ILogger<TicketGrain> logger) : Grain, ITicketGrain
{
    /// <inheritdoc/>
    public async Task<TicketView> OpenAsync(NewTicket request)
    {
        var number = this.GetPrimaryKeyString();
        if (ticket.State.Exists)
        {
            throw new SupportException(SupportErrorCode.Conflict, $"Ticket {number} bestaat al.");
        }

        ticket.State.Open(number, request);
        await ticket.WriteStateAsync();
        LogOpened(logger, number, request.MunicipalityNisCode);
        return ticket.State.ToView();
    }

    /// <inheritdoc/>
    public async Task<TicketView> SetConfidentialAsync(bool confidential)
    {
        if (!ticket.State.Exists)
        {
            throw SupportException.NotFound($"Er is geen ticket {this.GetPrimaryKeyString()}.");
        }

        if (ticket.State.Confidential != confidential)
        {
            ticket.State.Confidential = confidential;
            ticket.State.Version++;
            ticket.State.UpdatedAt = clock.GetUtcNow();
            await ticket.WriteStateAsync();
        }

        return ticket.State.ToView();
    }

    /// <inheritdoc/>
    public Task<TicketView?> GetAsync() =>
        Task.FromResult(ticket.State.Exists ? ticket.State.ToView() : null);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Ticket {TicketNumber} opened for municipality {NisCode}")]
    private static partial void LogOpened(ILogger logger, string ticketNumber, string nisCode);
}
