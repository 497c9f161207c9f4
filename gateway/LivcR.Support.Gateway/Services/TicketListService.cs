using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Municipalities;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Services;

/// <summary>Ticket lists and counts from the read model, with the caller's scope applied by the server.</summary>
public sealed class TicketListService(TicketQueries queries, CallerContext request, MunicipalityDirectory municipalities)
{
    /// <summary>A page of tickets: staff see all, municipal users their municipalities' (respecting confidentiality).</summary>
    public Task<TicketPage> FindAsync(TicketFilter filter, TicketOrder order, int first, string? after) =>
        queries.FindAsync(filter, Scope(filter), order, first, after);

    /// <summary>Counts per status within the caller's scope.</summary>
    public Task<IReadOnlyDictionary<TicketStatus, int>> CountByStatusAsync(TicketFilter filter) =>
        queries.CountByStatusAsync(filter, Scope(filter));

    /// <summary>Counts per municipality of a province: for its organisers and staff; never content.</summary>
    public async Task<IReadOnlyList<MunicipalityTicketCount>> CountsByMunicipalityAsync(Province province)
    {
        var actor = request.RequireActor();
        if (!actor.IsStaff && !actor.OrganisedProvinces.Contains(Provinces.Key(province)))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel de organisatoren van dit provinciaal platform en VVSG zien deze cijfers.");
        }

        var counts = await queries.CountsByMunicipalityAsync(Provinces.Key(province));
        return counts.GroupBy(c => c.NisCode)
            .Select(g => new MunicipalityTicketCount(
                municipalities.Find(g.Key) ?? new MunicipalityInfo(g.Key, g.Key, province, null),
                g.Where(c => c.Status is not (TicketStatus.Resolved or TicketStatus.Closed)).Sum(c => c.Count),
                g.Sum(c => c.Count)))
            .OrderBy(c => c.Municipality.Name, StringComparer.Ordinal)
            .ToList();
    }

    private TicketScope Scope(TicketFilter filter)
    {
        var actor = request.RequireActor();
        if (actor.IsStaff)
        {
            return TicketScope.Staff(actor.Email);
        }

        if (filter.PersonalData is not null)
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers filteren op persoonsgegevens.");
        }

        return actor.Municipalities.Any()
            ? TicketScope.Municipal(actor.Email, actor.Municipalities)
            : throw new SupportException(SupportErrorCode.Forbidden, "Ticketlijsten zijn er voor VVSG-medewerkers en gemeenten.");
    }
}
