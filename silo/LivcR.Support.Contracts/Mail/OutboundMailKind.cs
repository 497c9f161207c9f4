namespace LivcR.Support.Contracts.Mail;

/// <summary>Why a mail is sent; decides the automatic-mail headers and the loop guard.</summary>
public enum OutboundMailKind
{
    /// <summary>Acknowledgement of a new ticket (automatic).</summary>
    Acknowledgement = 0,

    /// <summary>A staff member's public reply on a ticket (written by a person).</summary>
    StaffReply = 1,

    /// <summary>A ticket's status changed (automatic).</summary>
    StatusNotification = 2,

    /// <summary>A sign-in code (automatic).</summary>
    SignInCode = 3,

    /// <summary>An SLA escalation to the assignee or staff (automatic).</summary>
    Escalation = 4,

    /// <summary>Network support: invitations, membership decisions, meeting invitations (automatic).</summary>
    Network = 5,

    /// <summary>Trainings: registration confirmations, waitlist promotions, cancellations (automatic).</summary>
    Training = 6,
}
