using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using Orleans.Concurrency;

namespace LivcR.Support.Silo.Tickets;

/// <summary>Validates a question, gives it the next number from a locally held block, and opens the ticket.</summary>
[StatelessWorker(maxLocalWorkers: 16)]
public sealed class HelpdeskIntakeGrain(
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    IOptions<TicketOptions> options,
    MunicipalityDirectory municipalities,
    NewGrainIds newGrains) : Grain, IHelpdeskIntakeGrain
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    private TicketNumberBlock? _block;
    private int _used;

    /// <inheritdoc/>
    public async Task<TicketView> SubmitAsync(HelpdeskRequest request)
    {
        var now = clock.GetUtcNow();
        var ticket = HelpdeskRequestValidator.Validate(request, now);
        // The 285 municipalities are reference data held in memory: no grain call per question.
        _ = municipalities.Find(ticket.MunicipalityNisCode)
            ?? throw SupportException.BadInput("municipalityNisCode", $"Er is geen Vlaamse gemeente met NIS-code {ticket.MunicipalityNisCode}.");

        ticket = await NewTicketPreparation.PrepareAsync(GrainFactory, ticket);
        var number = await NextNumberAsync(TimeZoneInfo.ConvertTime(now, _zone).Year);
        var grain = GrainFactory.Ticket(number);
        // A number from a reserved block was never used: the ticket's activation need not look for stored state.
        newGrains.Mark(grain.GetGrainId());
        return await grain.OpenAsync(ticket);
    }

    /// <inheritdoc/>
    public async Task<string> ReserveNumberAsync() => (await NextNumberAsync(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), _zone).Year)).ToString();

    private async Task<TicketNumber> NextNumberAsync(int year)
    {
        if (_block is null || _block.Year != year || _used >= _block.Count)
        {
            _block = await GrainFactory.TicketNumbers(year).ReserveBlockAsync(options.Value.NumberBlockSize);
            _used = 0;
        }

        return new TicketNumber(year, _block.First + _used++);
    }
}
