using LivcR.Support.Contracts.Access;

namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>
/// Decides whether a mail that refers to a ticket may be added to it: only when its sender is the requester, VVSG
/// staff, or a known person of the ticket's municipality. Anyone else — however the mail refers to the ticket (a
/// typed subject tag, a forwarded signed reference) — does not touch it: the intake makes a new ticket (or
/// quarantines the mail) instead. Quoting a ticket number never gives a stranger access.
/// </summary>
/// <remarks>
/// Consistent with <see cref="AccessPolicy"/>: a confidential ticket takes replies only from its requester and staff;
/// an admin without the staff role is not staff; an address that merely shares the municipality's email domain is not
/// a person of the municipality.
/// </remarks>
public static class ReplyAcceptanceRule
{
    /// <summary>The decision for this sender on this ticket.</summary>
    public static ReplyDecision Decide(ResolvedSender sender, TicketAccess ticket)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(ticket);
        if (sender.Address is null)
        {
            return new ReplyDecision(false, ReplyAcceptanceReason.Stranger);
        }

        if (string.Equals(sender.Address, ticket.RequesterEmail?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return new ReplyDecision(true, ReplyAcceptanceReason.Requester);
        }

        if (sender.Kind == SenderKind.Person && sender.IsStaff)
        {
            return new ReplyDecision(true, ReplyAcceptanceReason.Staff);
        }

        var colleague = sender.Kind == SenderKind.Person
            && !string.IsNullOrEmpty(ticket.MunicipalityNisCode)
            && sender.MunicipalityRoles.Contains(ticket.MunicipalityNisCode, StringComparer.Ordinal);
        if (!colleague)
        {
            return new ReplyDecision(false, ReplyAcceptanceReason.Stranger);
        }

        return ticket.Confidential
            ? new ReplyDecision(false, ReplyAcceptanceReason.Confidential)
            : new ReplyDecision(true, ReplyAcceptanceReason.MunicipalityPerson);
    }
}
