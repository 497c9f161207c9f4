namespace LivcR.Support.Silo.Audit;

/// <summary>One line of the audit trail: who did or read what, when, from where; never content.</summary>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Target, string Ip, string Outcome);
