namespace LivcR.Support.Client;

/// <summary>Who did or read what, when and from where — never the content (schema type <c>AuditEntry</c>).</summary>
/// <param name="At">When.</param>
/// <param name="Actor">Who (email address).</param>
/// <param name="Action">What, e.g. <c>ticket.read</c>.</param>
/// <param name="Target">On what, e.g. <c>ticket:2026-00042</c>.</param>
/// <param name="Ip">From which IP address.</param>
/// <param name="Outcome">ok, denied or failed.</param>
public sealed record AuditEntry(DateTimeOffset At, string Actor, string Action, string Target, string Ip, string Outcome);
