using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of one edit of a LIVC-R profile.</summary>
public sealed class LivcrProfileChangeType : ObjectGraphType<LivcrProfileChange>
{
    /// <summary>Creates the type.</summary>
    public LivcrProfileChangeType()
    {
        Name = "LivcrProfileChange";
        Description = "One edit of a LIVC-R profile.";
        Field(c => c.At).Description("When.");
        Field(c => c.By).Description("Who (email address).");
        Field(c => c.Version).Description("The version it produced.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("changes").Description("What changed, in Dutch.").Resolve(ctx => ctx.Source.Changes);
    }
}
