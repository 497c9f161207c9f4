using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="LivcrStatus"/>.</summary>
public sealed class LivcrStatusEnum : EnumerationGraphType<LivcrStatus>
{
    /// <summary>Creates the type.</summary>
    public LivcrStatusEnum()
    {
        Name = "LivcrStatus";
        Description = "The status of a municipality's LIVC-R.";
    }
}
