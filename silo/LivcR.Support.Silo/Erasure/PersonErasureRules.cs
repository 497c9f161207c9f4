using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Network;
using LivcR.Support.Silo.Retention;
using LivcR.Support.Silo.Tickets;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Silo.Erasure;

/// <summary>
/// Erasure of one person (GDPR art. 17) in each kind of state that names people: the person becomes "Verwijderde
/// gebruiker"; what they wrote stays (a ticket keeps its content), their address and name do not. Each method returns
/// whether anything changed, so an erasure run again changes nothing.
/// </summary>
public static class PersonErasureRules
{
    /// <summary>The system event an erasure leaves on a ticket.</summary>
    public const string TicketEvent = "Gegevens van een persoon gewist op verzoek (AVG, artikel 17)";

    /// <summary>Who the erased person becomes.</summary>
    public static TicketPerson Erased => TicketRetentionRules.ErasedPerson;

    /// <summary>Requester, authors, uploads, assignee and addresses in system events.</summary>
    public static bool Erase(TicketState ticket, string email, DateTimeOffset now)
    {
        var changed = false;
        if (Same(ticket.Requester.Email, email))
        {
            ticket.Requester = Erased;
            changed = true;
        }

        foreach (var entry in ticket.Entries)
        {
            if (Same(entry.Author.Email, email))
            {
                entry.Author = Erased;
                changed = true;
            }

            if (entry.Kind == TicketEntryKind.SystemEvent && entry.Body.Contains(email, StringComparison.OrdinalIgnoreCase))
            {
                entry.Body = entry.Body.Replace(email, Erased.Name.ToLowerInvariant(), StringComparison.OrdinalIgnoreCase);
                changed = true;
            }
        }

        for (var i = 0; i < ticket.Attachments.Count; i++)
        {
            if (Same(ticket.Attachments[i].UploadedBy.Email, email))
            {
                ticket.Attachments[i] = ticket.Attachments[i] with { UploadedBy = Erased };
                changed = true;
            }
        }

        if (Same(ticket.AssigneeEmail, email))
        {
            ticket.AssigneeEmail = Erased.Email;
            changed = true;
        }

        if (changed)
        {
            TicketWorkflow.Record(ticket, TicketActor.System, TicketEvent, now);
        }

        return changed;
    }

    /// <summary>Membership, open invitations and join requests go; meeting attendance keeps a count, not the address.</summary>
    public static bool Erase(CommunityState community, string email)
    {
        var changed = community.Members.RemoveAll(m => Same(m.Email, email)) > 0;
        changed |= community.Invitations.RemoveAll(i => Same(i.Invitation.Email, email)) > 0;
        changed |= community.JoinRequests.RemoveAll(r => Same(r.Email, email)) > 0;
        for (var i = 0; i < community.Meetings.Count; i++)
        {
            var meeting = community.Meetings[i];
            if (meeting.Attendees.Any(a => Same(a, email)))
            {
                community.Meetings[i] = meeting with { Attendees = [.. meeting.Attendees.Select(a => Same(a, email) ? Erased.Email : a)] };
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>A registration stays (fill rates and attendance still add up) without the person's name and address.</summary>
    public static bool Erase(TrainingSessionState session, string email)
    {
        var changed = false;
        for (var i = 0; i < session.Registrations.Count; i++)
        {
            var registration = session.Registrations[i];
            if (Same(registration.Email, email) || Same(registration.RegisteredBy, email))
            {
                session.Registrations[i] = registration with
                {
                    Email = Same(registration.Email, email) ? Erased.Email : registration.Email,
                    Name = Same(registration.Email, email) ? Erased.Name : registration.Name,
                    RegisteredBy = Same(registration.RegisteredBy, email) ? Erased.Email : registration.RegisteredBy,
                };
                changed = true;
            }
        }

        return changed;
    }

    private static bool Same(string? address, string email) => string.Equals(address?.Trim(), email, StringComparison.OrdinalIgnoreCase);
}
