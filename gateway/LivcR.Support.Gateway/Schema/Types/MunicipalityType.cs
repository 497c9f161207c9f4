using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a municipality.</summary>
public sealed class MunicipalityType : ObjectGraphType<MunicipalityInfo>
{
    /// <summary>Creates the type.</summary>
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "A Flemish municipality (285 since 1 January 2025).";
        Field(m => m.NisCode).Description("The five-digit NIS (REFNIS) code, e.g. 11002.");
        Field(m => m.Name).Description("The official name.");
        Field<NonNullGraphType<ProvinceEnum>, Province>("province").Description("The province.").Resolve(ctx => ctx.Source.Province);
        Field(m => m.PostalCode, nullable: true).Description("The main postal code, when the municipality has one.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>, IReadOnlyList<string>>("emailDomains")
            .Description("Staff, admins and the municipality's own people: the email domains its mail comes from; null for anyone else.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<MailDirectoryService>().EmailDomainsAsync(ctx.Source.NisCode));
    }
}
