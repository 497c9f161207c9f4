using GraphQL.Types;
using LivcR.Support.Silo.Mail.Intake;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of where a quarantined mail stands.</summary>
public sealed class QuarantineStatusEnum : EnumerationGraphType
{
    /// <summary>Creates the type.</summary>
    public QuarantineStatusEnum()
    {
        Name = "QuarantineStatus";
        Description = "QUARANTINED (waiting for staff), RELEASED (made into a ticket) or DISCARDED.";
        Add("QUARANTINED", QuarantineStore.Quarantined, "Waiting for staff.");
        Add("RELEASED", QuarantineStore.Released, "Made into a ticket.");
        Add("DISCARDED", QuarantineStore.Discarded, "Thrown away.");
    }
}
