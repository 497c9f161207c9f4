namespace LivcR.Support.Client;

/// <summary>Documents of the audit trail.</summary>
public static partial class Documents
{
    /// <summary><c>auditTrail(ticketNumber)</c>.</summary>
    public const string GetAuditTrail = $$"""
        query GetAuditTrail($ticketNumber: String!) {
          auditTrail(ticketNumber: $ticketNumber) { ...AuditEntryFields }
        }
        {{AuditEntryFields}}
        """;

    /// <summary><c>auditTrailOfPerson(email)</c>.</summary>
    public const string GetAuditTrailOfPerson = $$"""
        query GetAuditTrailOfPerson($email: String!) {
          auditTrailOfPerson(email: $email) { ...AuditEntryFields }
        }
        {{AuditEntryFields}}
        """;

    private const string AuditEntryFields = """
        fragment AuditEntryFields on AuditEntry { at actor action target ip outcome }
        """;
}
