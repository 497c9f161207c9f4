using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="LivcrRoleKind"/>.</summary>
public sealed class LivcrRoleKindEnum : EnumerationGraphType<LivcrRoleKind>
{
    /// <summary>Creates the type.</summary>
    public LivcrRoleKindEnum()
    {
        Name = "LivcrRoleKind";
        Description = "A role in a LIVC-R (filled by an organisation, never by a person discussed in a case).";
    }
}
