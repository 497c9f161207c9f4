using LivcR.Support.Contracts.Live;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Live;

/// <summary>Which ticket changes a queue subscription hears of; every part is optional and they combine with AND.</summary>
public sealed class TicketQueueFilter
{
    /// <summary>Tickets of municipalities in this province.</summary>
    public Province? Province { get; set; }

    /// <summary>Tickets of one municipality.</summary>
    public string? MunicipalityNisCode { get; set; }

    /// <summary>Only tickets assigned to the subscriber.</summary>
    public bool? AssignedToMe { get; set; }

    /// <summary>True: only unassigned tickets; false: only assigned ones.</summary>
    public bool? Unassigned { get; set; }

    /// <summary>True when <paramref name="change"/> passes the filter for the subscriber <paramref name="email"/>.</summary>
    public bool Matches(TicketChange change, string email, string? provinceKey, MunicipalityDirectory municipalities) =>
        (MunicipalityNisCode is null || string.Equals(change.MunicipalityNisCode, MunicipalityNisCode, StringComparison.Ordinal))
        && (provinceKey is null || (change.MunicipalityNisCode is { } nis && municipalities.ProvinceKey(nis) == provinceKey))
        && (AssignedToMe is not true || string.Equals(change.AssigneeEmail, email, StringComparison.OrdinalIgnoreCase))
        && (Unassigned is null || Unassigned == (change.AssigneeEmail is null));
}
