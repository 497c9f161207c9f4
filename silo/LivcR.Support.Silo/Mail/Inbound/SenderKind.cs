namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>How the sender of an incoming mail was recognised.</summary>
public enum SenderKind
{
    /// <summary>Nothing is known of the address: the ticket is flagged "onbekende afzender" for triage.</summary>
    Unknown = 0,

    /// <summary>A known person (with their roles).</summary>
    Person = 1,

    /// <summary>Not a known person, but the address is in an email domain of a municipality.</summary>
    MunicipalityDomain = 2,
}
