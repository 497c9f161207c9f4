using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a provincial platform.</summary>
public sealed class ProvincialPlatformType : ObjectGraphType<ProvincialPlatformInfo>
{
    /// <summary>Creates the type.</summary>
    public ProvincialPlatformType()
    {
        Name = "ProvincialPlatform";
        Description = "The provincial platform where the municipalities of one province meet.";
        Field<NonNullGraphType<ProvinceEnum>, Province>("province").Description("The province.").Resolve(ctx => ctx.Source.Province);
        Field(p => p.Name).Description("The platform's name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("municipalities")
            .Description("The municipalities of the province, by name.")
            .Resolve(ctx => ctx.Source.Municipalities);
    }
}
