using System.Text.Json;
using System.Text.Json.Serialization;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Contracts.Views;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Services;

/// <summary>Saved ticket lists per staff member, next to three built-in ones.</summary>
public sealed class TicketViewService(IGrainFactory grains, CallerContext request)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly TicketStatus[] Active = [TicketStatus.New, TicketStatus.Open, TicketStatus.WaitingForMunicipality];

    /// <summary>The built-in views, then the person's own.</summary>
    public async Task<IReadOnlyList<TicketListView>> ListAsync()
    {
        var me = RequireStaff();
        var own = await grains.GetGrain<ISavedViewsGrain>(me).ListAsync();
        return [.. BuiltIn(me), .. own.Select(v => new TicketListView(v.Name, false, Parse(v.FilterJson), Enum.Parse<TicketOrder>(v.Order)))];
    }

    /// <summary>Saves (or replaces) one of the person's views.</summary>
    public async Task<IReadOnlyList<TicketListView>> SaveAsync(string name, TicketFilter filter, TicketOrder order)
    {
        var me = RequireStaff();
        if (BuiltIn(me).Any(v => v.Name == name.Trim()))
        {
            throw SupportException.BadInput("name", "Deze naam hoort bij een vaste lijst; kies een andere.");
        }

        await grains.GetGrain<ISavedViewsGrain>(me).SaveAsync(new SavedView(name, JsonSerializer.Serialize(filter, Json), order.ToString()));
        return await ListAsync();
    }

    /// <summary>Deletes one of the person's views.</summary>
    public async Task<IReadOnlyList<TicketListView>> DeleteAsync(string name)
    {
        await grains.GetGrain<ISavedViewsGrain>(RequireStaff()).DeleteAsync(name);
        return await ListAsync();
    }

    /// <summary>A view by name (built-in or own); NOT_FOUND otherwise.</summary>
    public async Task<TicketListView> FindAsync(string name) =>
        (await ListAsync()).FirstOrDefault(v => v.Name == name.Trim())
        ?? throw SupportException.NotFound($"Er is geen lijst '{name}'.");

    private static IEnumerable<TicketListView> BuiltIn(string me) =>
    [
        new("Mijn open tickets", true, new TicketFilter(Statuses: Active, AssigneeEmail: me), TicketOrder.DueAt),
        new("Niet toegewezen", true, new TicketFilter(Statuses: Active, Unassigned: true), TicketOrder.DueAt),
        new("SLA in gevaar", true, new TicketFilter(Statuses: Active, DueWithinHours: 8), TicketOrder.DueAt),
    ];

    private static TicketFilter Parse(string json) => JsonSerializer.Deserialize<TicketFilter>(json, Json) ?? new TicketFilter();

    private string RequireStaff()
    {
        var actor = request.RequireActor();
        return actor.IsStaff ? actor.Email : throw new SupportException(SupportErrorCode.Forbidden, "Bewaarde lijsten zijn er voor VVSG-medewerkers.");
    }
}
