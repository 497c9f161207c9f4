using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Silo.Requests;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Silo.Tickets;

/// <summary>A question with an idempotency key: reserve a number, record it with the key, then open (or find) that ticket.</summary>
public sealed class HelpdeskSubmissionGrain(
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    MunicipalityDirectory municipalities,
    RequestKeyStore keys,
    NewGrainIds newGrains) : Grain, IHelpdeskSubmissionGrain
{
    /// <inheritdoc/>
    public async Task<TicketView> SubmitAsync(HelpdeskRequest request, TicketAudience audience)
    {
        var now = clock.GetUtcNow();
        var key = this.GetPrimaryKeyString();
        if (await keys.FindAsync(key, now) is { } earlier)
        {
            // A retry: the ticket is there, or a crash came between recording the number and opening it.
            var found = GrainFactory.GetGrain<ITicketGrain>(earlier);
            return await found.GetAsync(audience) ?? await OpenAsync(found, await NewTicketPreparation.PrepareAsync(GrainFactory, Validate(request, now)), audience);
        }

        // Refused input takes no number and records nothing, so a corrected retry with the same key goes through.
        var prepared = await NewTicketPreparation.PrepareAsync(GrainFactory, Validate(request, now));
        var number = await GrainFactory.HelpdeskIntake().ReserveNumberAsync();
        await keys.RecordAsync(key, number, now);
        var ticket = GrainFactory.GetGrain<ITicketGrain>(number);
        // A number from a reserved block was never used: as in the intake, the activation need not look for stored state.
        newGrains.Mark(ticket.GetGrainId());
        return await OpenAsync(ticket, prepared, audience);
    }

    private async Task<TicketView> OpenAsync(ITicketGrain ticket, NewTicket prepared, TicketAudience audience)
    {
        var opened = await ticket.OpenAsync(prepared);
        return audience == TicketAudience.Staff ? opened : (await ticket.GetAsync(audience))!;
    }

    private NewTicket Validate(HelpdeskRequest request, DateTimeOffset now)
    {
        var ticket = HelpdeskRequestValidator.Validate(request, now);
        _ = municipalities.Find(ticket.MunicipalityNisCode)
            ?? throw SupportException.BadInput("municipalityNisCode", $"Er is geen Vlaamse gemeente met NIS-code {ticket.MunicipalityNisCode}.");
        return ticket;
    }
}
