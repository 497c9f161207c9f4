using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root query.</summary>
public sealed class SupportQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportQuery()
    {
        Name = "Query";
        Description = "Read the helpdesk and the network.";

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("municipalities")
            .Description("The Flemish municipalities, optionally of one province.")
            .Argument<ProvinceEnum>("province", "Only this province.")
            .ResolveAsync(async ctx => await Directory(ctx).MunicipalitiesAsync(ctx.GetArgument<Province?>("province")));

        Field<MunicipalityType, MunicipalityInfo>("municipality")
            .Description("One municipality by NIS code; NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The five-digit NIS code.")
            .ResolveAsync(async ctx => await Directory(ctx).MunicipalityAsync(ctx.GetArgument<string>("nisCode")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvincialPlatformType>>>, IReadOnlyList<ProvincialPlatformInfo>>("provincialPlatforms")
            .Description("The five provincial platforms.")
            .ResolveAsync(async ctx => await Directory(ctx).ProvincialPlatformsAsync());

        Field<TicketType, TicketView>("ticket")
            .Description("One ticket by number; NOT_FOUND when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number, e.g. 2026-00042.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<TicketService>().GetAsync(ctx.GetArgument<string>("number")));
    }

    private static DirectoryService Directory(IResolveFieldContext ctx) => ctx.RequestServices!.GetRequiredService<DirectoryService>();
}
