using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The network-support fields of the root query: LIVC-R profiles, platforms, groups, trainings.</summary>
public static class NetworkQueryFields
{
    /// <summary>Adds the fields.</summary>
    public static void AddNetworkFields(this SupportQuery query)
    {
        query.Field<LivcrProfileType, LivcrProfileView>("livcrProfile")
            .Description("A municipality's LIVC-R profile: staff, its own users and the organisers of its province; NOT_FOUND otherwise.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The NIS code.")
            .ResolveAsync(async ctx => await Service<LivcrProfileService>(ctx).GetAsync(ctx.GetArgument<string>("nisCode")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LivcrProfileSummaryType>>>, IReadOnlyList<LivcrProfileSummary>>("livcrProfiles")
            .Description("Staff: every municipality's LIVC-R, optionally of one province and status (never edited = NOT_STARTED).")
            .Argument<ProvinceEnum>("province", "Only this province.")
            .Argument<LivcrStatusEnum>("status", "Only this status.")
            .ResolveAsync(async ctx => await Service<LivcrProfileService>(ctx).ListAsync(ctx.GetArgument<Province?>("province"), ctx.GetArgument<LivcrStatus?>("status")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<LivcrStatusCountType>>>, IReadOnlyList<KeyValuePair<LivcrStatus, int>>>("livcrStatusCounts")
            .Description("Staff: how many municipalities have each LIVC-R status (e.g. how many are ACTIVE).")
            .Argument<ProvinceEnum>("province", "Only this province.")
            .ResolveAsync(async ctx => await Service<LivcrProfileService>(ctx).CountsAsync(ctx.GetArgument<Province?>("province")));

        query.Field<NonNullGraphType<NetworkPlatformType>, NetworkPlatform>("platform")
            .Description("A provincial platform: represented municipalities for all; members and meetings for its organisers, members and staff.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The province.")
            .ResolveAsync(async ctx => await Service<NetworkService>(ctx).PlatformAsync(ctx.GetArgument<Province>("province")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupSummaryType>>>, IReadOnlyList<GroupSummary>>("groups")
            .Description("The working group, the knowledge group and the intervision groups (descriptions).")
            .Argument<CommunityKindEnum>("kind", "Only this kind.")
            .ResolveAsync(async ctx => await Service<NetworkService>(ctx).GroupsAsync(ctx.GetArgument<CommunityKind?>("kind")));

        query.Field<NonNullGraphType<NetworkGroupType>, NetworkGroup>("group")
            .Description("A group by slug: the description for all, members and meetings for its members and staff.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug, e.g. kennisgroep.")
            .ResolveAsync(async ctx => await Service<NetworkService>(ctx).GroupAsync(ctx.GetArgument<string>("slug")));

        query.Field<NonNullGraphType<InvitationPreviewType>, InvitationPreview>("networkInvitation")
            .Description("What an invitation code from the mail is for, without accepting it; no sign-in needed. NOT_FOUND for an unknown or used code.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code from the mail.")
            .ResolveAsync(async ctx => await Service<NetworkService>(ctx).InvitationAsync(ctx.GetArgument<string>("code")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingType>>>, IReadOnlyList<Training>>("trainings")
            .Description("The training offer with its sessions.")
            .ResolveAsync(async ctx => await Service<TrainingService>(ctx).ListAsync());

        query.Field<NonNullGraphType<TrainingType>, Training>("training")
            .Description("One training; NOT_FOUND when unknown.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The training id.")
            .ResolveAsync(async ctx => await Service<TrainingService>(ctx).GetAsync(ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<TrainingSessionType>, TrainingSessionView>("trainingSession")
            .Description("A session with the registrations you may see (staff: all; municipal users: their municipality's).")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The session id.")
            .ResolveAsync(async ctx => await Service<TrainingService>(ctx).SessionAsync(ctx.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityRegistrationType>>>, IReadOnlyList<MunicipalityRegistration>>("trainingRegistrations")
            .Description("A municipality's registrations over all sessions: staff and the municipality's users; FORBIDDEN otherwise.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The NIS code.")
            .ResolveAsync(async ctx => await Service<TrainingService>(ctx).RegistrationsOfAsync(ctx.GetArgument<string>("nisCode")));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SessionFillRateType>>>, IReadOnlyList<SessionFillRate>>("trainingFillRates")
            .Description("Staff: how full every session is. Attendance lists: GET /exports/trainings/{sessionId}/attendance.csv.")
            .ResolveAsync(async ctx => await Service<TrainingService>(ctx).FillRatesAsync());
    }

    private static T Service<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
