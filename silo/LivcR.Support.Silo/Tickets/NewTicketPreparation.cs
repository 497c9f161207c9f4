using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Assignment;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>What every new ticket goes through before it is opened, on either way in (the intake, or a submission with a key).</summary>
internal static class NewTicketPreparation
{
    /// <summary>
    /// Checks the category and prevention level against the catalog, then asks the automatic assignment for an assignee:
    /// chosen before the ticket exists, so the assignment is part of its first write (no second write per question).
    /// </summary>
    public static async Task<NewTicket> PrepareAsync(IGrainFactory grains, NewTicket ticket)
    {
        if (ticket.Category is not null || ticket.PreventionLevel is not null)
        {
            var catalog = await grains.TicketCatalog().GetAsync();
            _ = ticket.Category is { } category ? TicketCatalogRules.RequireActive(catalog.Categories, category, "category") : null;
            _ = ticket.PreventionLevel is { } level ? TicketCatalogRules.RequireActive(catalog.PreventionLevels, level, "preventionLevel") : null;
        }

        return ticket.AssigneeEmail is null && await grains.GetGrain<IAssignmentGrain>(IAssignmentGrain.Key).ChooseAsync(ticket.Category) is { } assignee
            ? ticket with { AssigneeEmail = assignee }
            : ticket;
    }
}
