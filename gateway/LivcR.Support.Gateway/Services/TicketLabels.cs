using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>The Dutch words people read for a ticket's status, priority and province (exports; the API keeps its enum names).</summary>
public static class TicketLabels
{
    /// <summary>The status as staff and municipalities call it: the words of the thread's system events, capitalised.</summary>
    public static string Status(TicketStatus status)
    {
        var label = LivcR.Support.Silo.Tickets.TicketStatusRules.Label(status);
        return string.Concat(label[..1].ToUpperInvariant(), label[1..]);
    }

    /// <summary>The priority in Dutch.</summary>
    public static string Priority(TicketPriority priority) => priority switch
    {
        TicketPriority.Low => "Laag",
        TicketPriority.Normal => "Normaal",
        TicketPriority.High => "Hoog",
        TicketPriority.Urgent => "Dringend",
        _ => priority.ToString(),
    };

    /// <summary>The province's name for a read-model province key (<c>west-vlaanderen</c> → West-Vlaanderen); the key when unknown.</summary>
    public static string Province(string key) =>
        Provinces.All.Where(p => Provinces.Key(p) == key).Select(Provinces.DisplayName).FirstOrDefault() ?? key;
}
