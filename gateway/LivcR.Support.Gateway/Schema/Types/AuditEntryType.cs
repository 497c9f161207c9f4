using GraphQL.Types;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of an audit entry.</summary>
public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    /// <summary>Creates the type.</summary>
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "Who did or read what, when and from where (never the content).";
        Field(e => e.At).Description("When.");
        Field(e => e.Actor).Description("Who (email address).");
        Field(e => e.Action).Description("What, e.g. ticket.read.");
        Field(e => e.Target).Description("On what, e.g. ticket:2026-00042.");
        Field(e => e.Ip).Description("From which IP address.");
        Field(e => e.Outcome).Description("ok, denied or failed.");
    }
}
