using GraphQL.Types;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="MemberRole"/>.</summary>
public sealed class MemberRoleEnum : EnumerationGraphType<MemberRole>
{
    /// <summary>Creates the type.</summary>
    public MemberRoleEnum()
    {
        Name = "MemberRole";
        Description = "A member's role in a platform or group.";
    }
}
