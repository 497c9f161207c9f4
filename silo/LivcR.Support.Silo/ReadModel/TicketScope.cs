namespace LivcR.Support.Silo.ReadModel;

/// <summary>Whose tickets the caller may list: all (staff), or their municipalities' tickets with the confidentiality rule.</summary>
public sealed record TicketScope(bool AllTickets, IReadOnlyList<string> Municipalities, string Email)
{
    /// <summary>Staff: every ticket, internal notes searchable.</summary>
    public static TicketScope Staff(string email) => new(true, [], email);

    /// <summary>A municipal user: tickets of these municipalities, confidential ones only when they asked them.</summary>
    public static TicketScope Municipal(string email, IEnumerable<string> municipalities) => new(false, [.. municipalities], email);
}
