using GraphQL.Types;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of why a mail is sent.</summary>
public sealed class OutboundMailKindEnum : EnumerationGraphType<OutboundMailKind>
{
    /// <summary>Creates the type.</summary>
    public OutboundMailKindEnum()
    {
        Name = "OutboundMailKind";
        Description = "Why a mail is sent: acknowledgement, staff reply, status notification, sign-in code, escalation, network or training mail.";
    }
}
