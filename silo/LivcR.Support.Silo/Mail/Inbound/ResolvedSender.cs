using LivcR.Support.Contracts.People;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Who sent an incoming mail, as far as the system knows (<see cref="SenderResolver"/>).</summary>
/// <param name="Address">The normalised address (lower-case); null when the mail has no usable sender address.</param>
/// <param name="Kind">How the sender was recognised.</param>
/// <param name="Person">The known person, with their roles; null when not a known person.</param>
/// <param name="MunicipalityNisCode">
/// The municipality a new question from this sender belongs to; null when it cannot be told (unknown sender, or a
/// person of several municipalities none of which owns the address's domain): the ticket then needs triage.
/// </param>
public sealed record ResolvedSender(string? Address, SenderKind Kind, PersonView? Person, string? MunicipalityNisCode)
{
    /// <summary>The label of a ticket whose sender could not be placed.</summary>
    public const string UnknownSenderLabel = "onbekende afzender";

    /// <summary>True when the sender is VVSG staff.</summary>
    public bool IsStaff => Person?.Roles.Any(r => r.Role == Role.Staff) == true;

    /// <summary>The NIS codes of the municipalities the sender works for (their MUNICIPAL roles).</summary>
    public IReadOnlyList<string> MunicipalityRoles =>
        Person?.Roles.Where(r => r.Role == Role.Municipal && r.Scope is not null).Select(r => r.Scope!).ToList() ?? [];

    /// <summary>True when a new question from this sender cannot be filed under a municipality without triage.</summary>
    public bool NeedsTriage => MunicipalityNisCode is null;
}
