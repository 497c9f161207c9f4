using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>Why a mail is sent (schema enum <c>OutboundMailKind</c>).</summary>
public enum OutboundMailKind
{
    /// <summary>The acknowledgement of a new ticket.</summary>
    [JsonStringEnumMemberName("ACKNOWLEDGEMENT")]
    Acknowledgement,

    /// <summary>A staff member's public answer on a ticket.</summary>
    [JsonStringEnumMemberName("STAFF_REPLY")]
    StaffReply,

    /// <summary>A ticket's status changed.</summary>
    [JsonStringEnumMemberName("STATUS_NOTIFICATION")]
    StatusNotification,

    /// <summary>A one-time sign-in code.</summary>
    [JsonStringEnumMemberName("SIGN_IN_CODE")]
    SignInCode,

    /// <summary>An SLA escalation to the assignee or staff.</summary>
    [JsonStringEnumMemberName("ESCALATION")]
    Escalation,

    /// <summary>Network support: invitations, membership decisions, meeting invitations.</summary>
    [JsonStringEnumMemberName("NETWORK")]
    Network,

    /// <summary>Trainings: registration confirmations, waitlist promotions, cancellations.</summary>
    [JsonStringEnumMemberName("TRAINING")]
    Training,
}
