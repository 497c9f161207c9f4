namespace LivcR.Support.Client;

/// <summary>The audit trail (staff and admins).</summary>
public sealed partial class SupportClient
{
    /// <summary>Who read or changed a ticket, newest first (at most 500).</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditTrailAsync(string ticketNumber, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(ticketNumber);
        return RunAsync<IReadOnlyList<AuditEntry>>(Documents.GetAuditTrail, "auditTrail", new { ticketNumber }, cancellationToken);
    }

    /// <summary>What a person did, newest first (at most 500).</summary>
    public Task<IReadOnlyList<AuditEntry>> AuditTrailOfPersonAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<IReadOnlyList<AuditEntry>>(Documents.GetAuditTrailOfPerson, "auditTrailOfPerson", new { email }, cancellationToken);
    }
}
