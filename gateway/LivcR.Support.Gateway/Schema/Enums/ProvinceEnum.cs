using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of the five Flemish provinces.</summary>
public sealed class ProvinceEnum : EnumerationGraphType<Province>
{
    /// <summary>Creates the type.</summary>
    public ProvinceEnum()
    {
        Name = "Province";
        Description = "A Flemish province; each has one provincial platform.";
    }
}
