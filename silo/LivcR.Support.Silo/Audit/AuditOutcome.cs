namespace LivcR.Support.Silo.Audit;

/// <summary>The outcome words of the audit trail.</summary>
public static class AuditOutcome
{
    /// <summary>Done.</summary>
    public const string Ok = "ok";

    /// <summary>Refused by the access rules or a failed sign-in.</summary>
    public const string Denied = "denied";

    /// <summary>Refused because of bad input or a conflict.</summary>
    public const string Failed = "failed";
}
