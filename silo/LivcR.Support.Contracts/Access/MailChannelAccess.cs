namespace LivcR.Support.Contracts.Access;

/// <summary>Who may see and act on the email channel's machinery: the outbox, the quarantine, the mailbox readers.</summary>
/// <remarks>
/// The outbox and the quarantine show addresses and subjects of mail about tickets, so only staff see them (an admin
/// without the staff role reads no ticket content). The state of the mailbox readers holds no content: staff and admins.
/// </remarks>
public static class MailChannelAccess
{
    /// <summary>May list the outbox and send failed or suppressed mail again: staff.</summary>
    public static bool CanManageOutbox(Actor actor) => actor.IsStaff;

    /// <summary>May list quarantined mail and release or discard it: staff.</summary>
    public static bool CanManageQuarantine(Actor actor) => actor.IsStaff;

    /// <summary>May see the state of the mailbox readers (connected, last error, counts): staff and admins.</summary>
    public static bool CanSeeMailboxes(Actor actor) => actor.IsStaff || actor.IsAdmin;
}
