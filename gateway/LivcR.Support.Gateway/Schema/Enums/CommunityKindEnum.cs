using GraphQL.Types;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="CommunityKind"/>.</summary>
public sealed class CommunityKindEnum : EnumerationGraphType<CommunityKind>
{
    /// <summary>Creates the type.</summary>
    public CommunityKindEnum()
    {
        Name = "CommunityKind";
        Description = "Provincial platform, working group, knowledge group or intervision group.";
    }
}
