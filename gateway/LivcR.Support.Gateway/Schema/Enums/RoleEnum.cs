using GraphQL.Types;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of roles.</summary>
public sealed class RoleEnum : EnumerationGraphType<Role>
{
    /// <summary>Creates the type.</summary>
    public RoleEnum()
    {
        Name = "Role";
        Description = "MUNICIPAL (scope: NIS code), STAFF, ORGANISER (scope: province key such as limburg), ADMIN.";
    }
}
