namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>Why a reply was or was not accepted onto a ticket.</summary>
public enum ReplyAcceptanceReason
{
    /// <summary>Accepted: the sender asked the question.</summary>
    Requester = 0,

    /// <summary>Accepted: the sender is VVSG staff.</summary>
    Staff = 1,

    /// <summary>Accepted: the sender is a known person of the ticket's municipality.</summary>
    MunicipalityPerson = 2,

    /// <summary>Refused: the ticket is confidential and the sender is a colleague, not the requester.</summary>
    Confidential = 3,

    /// <summary>Refused: the sender has nothing to do with the ticket (unknown, another municipality, or only a matching domain).</summary>
    Stranger = 4,
}
