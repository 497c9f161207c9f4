using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="RegistrationStatus"/>.</summary>
public sealed class RegistrationStatusEnum : EnumerationGraphType<RegistrationStatus>
{
    /// <summary>Creates the type.</summary>
    public RegistrationStatusEnum()
    {
        Name = "RegistrationStatus";
        Description = "Where a training registration stands.";
    }
}
