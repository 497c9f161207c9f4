using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a count of municipalities per LIVC-R status.</summary>
public sealed class LivcrStatusCountType : ObjectGraphType<KeyValuePair<LivcrStatus, int>>
{
    /// <summary>Creates the type.</summary>
    public LivcrStatusCountType()
    {
        Name = "LivcrStatusCount";
        Description = "How many municipalities have a LIVC-R status.";
        Field<NonNullGraphType<LivcrStatusEnum>, LivcrStatus>("status").Description("The status.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>, int>("count").Description("How many municipalities.").Resolve(ctx => ctx.Source.Value);
    }
}
