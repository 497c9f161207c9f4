using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>Helpdesk tickets: submit and read.</summary>
public sealed class TicketService(IGrainFactory grains)
{
    /// <summary>Submits a municipality's question; BAD_USER_INPUT when something is wrong, and then nothing is created.</summary>
    public Task<TicketView> SubmitAsync(HelpdeskRequest request) => grains.HelpdeskIntake().SubmitAsync(request);

    /// <summary>The ticket with this number; NOT_FOUND when there is none.</summary>
    public async Task<TicketView> GetAsync(string number)
    {
        if (!TicketNumber.TryParse(number.Trim(), out var parsed))
        {
            throw SupportException.BadInput("number", "Een ticketnummer ziet eruit als 2026-00042.");
        }

        return await grains.Ticket(parsed).GetAsync()
            ?? throw SupportException.NotFound($"Er is geen ticket {parsed}.");
    }
}
