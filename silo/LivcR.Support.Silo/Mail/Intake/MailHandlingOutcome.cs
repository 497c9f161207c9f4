namespace LivcR.Support.Silo.Mail.Intake;

/// <summary>What the intake did with one mail.</summary>
public enum MailHandlingOutcome
{
    /// <summary>A new ticket was opened (or, read again, found opened already).</summary>
    NewTicket = 0,

    /// <summary>Added to a ticket as a reply.</summary>
    Reply = 1,

    /// <summary>A reply to a closed ticket: a follow-up ticket was opened.</summary>
    FollowUp = 2,

    /// <summary>An automatic reply or a bounce, recorded on its ticket as a system event.</summary>
    Event = 3,

    /// <summary>Nothing to do (automatic mail about no ticket, or from someone the ticket does not accept).</summary>
    Ignored = 4,

    /// <summary>The ticket already held it (read again or delivered twice).</summary>
    Duplicate = 5,

    /// <summary>Cannot be handled: put aside for staff with a reason.</summary>
    Quarantine = 6,
}
