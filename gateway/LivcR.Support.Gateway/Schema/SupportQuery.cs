using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Platforms;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root query. Every field needs a signed-in caller and applies the caller's scope.</summary>
public sealed class SupportQuery : ObjectGraphType
{
    /// <summary>Creates the type.</summary>
    public SupportQuery()
    {
        Name = "Query";
        Description = "Read the helpdesk and the network.";

        Field<NonNullGraphType<PersonType>, PersonView>("me")
            .Description("Who am I: email, name, roles and scopes.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).MeAsync());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("municipalities")
            .Description("The Flemish municipalities, optionally of one province.")
            .Argument<ProvinceEnum>("province", "Only this province.")
            .ResolveAsync(async ctx => await Service<DirectoryService>(ctx).MunicipalitiesAsync(ctx.GetArgument<Province?>("province")));

        Field<MunicipalityType, MunicipalityInfo>("municipality")
            .Description("One municipality by NIS code; NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The five-digit NIS code.")
            .ResolveAsync(async ctx => await Service<DirectoryService>(ctx).MunicipalityAsync(ctx.GetArgument<string>("nisCode")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvincialPlatformType>>>, IReadOnlyList<ProvincialPlatformInfo>>("provincialPlatforms")
            .Description("The five provincial platforms.")
            .ResolveAsync(async ctx => await Service<DirectoryService>(ctx).ProvincialPlatformsAsync());

        Field<TicketType, TicketView>("ticket")
            .Description("One ticket by number; NOT_FOUND when there is none or it is outside your scope.")
            .Argument<NonNullGraphType<StringGraphType>>("number", "The ticket number, e.g. 2026-00042.")
            .ResolveAsync(async ctx => await Service<TicketService>(ctx).GetAsync(ctx.GetArgument<string>("number")));

        Field<NonNullGraphType<TicketConnectionType>, TicketPage>("tickets")
            .Description("Staff: all tickets; municipal users: their municipalities' tickets (confidential ones only when they asked). Cursor pagination.")
            .Argument<TicketFilterInputType>("filter", "Which tickets.")
            .Argument<TicketOrderEnum>("orderBy", "Sort order (default DUE_AT).")
            .Argument<IntGraphType>("first", "Page size, 1 to 200 (default 50).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.")
            .Argument<StringGraphType>("view", "Staff: run a named list (see ticketViews) instead of filter and orderBy.")
            .ResolveAsync(async ctx =>
            {
                var view = ctx.GetArgument<string?>("view") is { } name ? await Service<TicketViewService>(ctx).FindAsync(name) : null;
                return await Service<TicketListService>(ctx).FindAsync(
                    view?.Filter ?? ctx.GetArgument("filter", new TicketFilter()),
                    view?.Order ?? ctx.GetArgument("orderBy", TicketOrder.DueAt),
                    ctx.GetArgument("first", 50),
                    ctx.GetArgument<string?>("after"));
            });

        Field<NonNullGraphType<TicketAssignmentType>, LivcR.Support.Contracts.Assignment.AssignmentView>("ticketAssignment")
            .Description("Staff and administrators: how new tickets are assigned automatically, and who is absent.")
            .ResolveAsync(async ctx => await Service<AssignmentService>(ctx).GetAsync());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketListViewType>>>, IReadOnlyList<TicketListView>>("ticketViews")
            .Description("Staff: the built-in lists (Mijn open tickets, Niet toegewezen, SLA in gevaar) and your saved ones.")
            .ResolveAsync(async ctx => await Service<TicketViewService>(ctx).ListAsync());

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatusCountType>>>, IEnumerable<KeyValuePair<TicketStatus, int>>>("ticketCountsByStatus")
            .Description("How many tickets in your scope have each status (dashboard badge).")
            .Argument<TicketFilterInputType>("filter", "Which tickets.")
            .ResolveAsync(async ctx => await Service<TicketListService>(ctx).CountByStatusAsync(ctx.GetArgument("filter", new TicketFilter())));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityTicketCountType>>>, IReadOnlyList<MunicipalityTicketCount>>("ticketCountsByMunicipality")
            .Description("Organisers of the province and staff: how many questions each municipality asked (never content).")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The province.")
            .ResolveAsync(async ctx => await Service<TicketListService>(ctx).CountsByMunicipalityAsync(ctx.GetArgument<Province>("province")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TicketStatsGroupType>>>, IReadOnlyList<TicketStatsGroup>>("ticketStats")
            .Description("Staff: tickets created and resolved, business-time percentiles and SLA compliance in [from, to), per group. CSV lists: GET /exports/tickets.csv.")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("from", "Start (inclusive).")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("to", "End (exclusive).")
            .Argument<NonNullGraphType<ReportGroupingEnum>>("groupBy", "How to group.")
            .ResolveAsync(async ctx => await Service<ReportService>(ctx).TicketStatsAsync(
                ctx.GetArgument<DateTimeOffset>("from"), ctx.GetArgument<DateTimeOffset>("to"), ctx.GetArgument<ReportGrouping>("groupBy")));

        Field<NonNullGraphType<AttachmentLimitsType>, AttachmentLimits>("attachmentLimits")
            .Description("What an attachment may be (size per file and per ticket, kinds of file); public, the same for everyone.")
            .Resolve(_ => AttachmentLimits.Current);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>, IReadOnlyList<CatalogEntry>>("ticketCategories")
            .Description("The categories tickets can be filed under.")
            .Argument<BooleanGraphType>("includeInactive", "Also retired categories (default false).")
            .ResolveAsync(async ctx => await Service<CatalogService>(ctx).ListAsync(CatalogKind.Category, ctx.GetArgument("includeInactive", false)));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogEntryType>>>, IReadOnlyList<CatalogEntry>>("preventionLevels")
            .Description("The prevention levels.")
            .Argument<BooleanGraphType>("includeInactive", "Also retired levels (default false).")
            .ResolveAsync(async ctx => await Service<CatalogService>(ctx).ListAsync(CatalogKind.PreventionLevel, ctx.GetArgument("includeInactive", false)));

        Field<PersonType, PersonView>("person")
            .Description("Admins: a person by email address.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .ResolveAsync(async ctx => await Service<PeopleService>(ctx).GetAsync(ctx.GetArgument<string>("email")));

        Field<NonNullGraphType<PersonDataType>, Services.Privacy.PersonDataExport>("personData")
            .Description("Admins: everything stored about a person (GDPR art. 15); audited. NOT_FOUND when nothing is.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .ResolveAsync(async ctx => await Service<Services.Privacy.PersonDataService>(ctx).ExportAsync(ctx.GetArgument<string>("email")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>, IReadOnlyList<AuditEntry>>("auditTrail")
            .Description("Staff and admins: who read or changed a ticket, newest first (at most 500).")
            .Argument<NonNullGraphType<StringGraphType>>("ticketNumber", "The ticket number.")
            .ResolveAsync(async ctx => await Service<AuditService>(ctx).ForTicketAsync(ctx.GetArgument<string>("ticketNumber")));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>, IReadOnlyList<AuditEntry>>("auditTrailOfPerson")
            .Description("Staff and admins: what a person did, newest first (at most 500).")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The person's email address.")
            .ResolveAsync(async ctx => await Service<AuditService>(ctx).ForPersonAsync(ctx.GetArgument<string>("email")));
        this.AddMailDirectoryFields();
        this.AddMailChannelFields();
        this.AddNetworkFields();
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
