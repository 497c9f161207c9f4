using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Inputs;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The network-support fields of the root mutation.</summary>
public static class NetworkMutationFields
{
    /// <summary>Adds the fields.</summary>
    public static void AddNetworkFields(this SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<LivcrProfileType>, LivcrProfileView>("updateLivcrProfile")
            .Description("Staff or the municipality's own users: replaces the LIVC-R profile; the change is kept in its history.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The NIS code.")
            .Argument<NonNullGraphType<LivcrProfileInputType>>("input", "The whole profile.")
            .ResolveAsync(async ctx => await Network<LivcrProfileService>(ctx).UpdateAsync(ctx.GetArgument<string>("nisCode"), ctx.GetArgument<LivcrProfileUpdate>("input")));

        AddPlatformFields(mutation);
        AddGroupFields(mutation);

        mutation.Field<NonNullGraphType<CommunityMemberType>, CommunityMember>("acceptNetworkInvitation")
            .Description("Accepts an invitation to a platform or group with the code from the mail; the code is the proof, no sign-in needed.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The code from the mail.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).AcceptInvitationAsync(ctx.GetArgument<string>("code")));

        AddTrainingFields(mutation);
    }

    private static void AddPlatformFields(SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<CommunityInvitationType>, CommunityInvitation>("invitePlatformMember")
            .Description("Staff and the province's organisers: invites someone of a municipality of the province; they are mailed a code.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .Argument<NonNullGraphType<InvitationInputType>>("input", "Whom.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).InviteToPlatformAsync(Province(ctx), ctx.GetArgument<InvitationInput>("input")));

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("removePlatformMember")
            .Description("Staff and the province's organisers: removes a member.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The member's address.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).RemoveFromPlatformAsync(Province(ctx), ctx.GetArgument<string>("email")));

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("leavePlatform")
            .Description("You leave a platform; NOT_FOUND when you are not a member.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).LeavePlatformAsync(Province(ctx)));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("planPlatformMeeting")
            .Description("Staff and the province's organisers: plans a meeting; every member is mailed an invitation with an iCalendar file.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .Argument<NonNullGraphType<MeetingInputType>>("input", "The meeting.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).PlanPlatformMeetingAsync(Province(ctx), ctx.GetArgument<MeetingInput>("input")));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("updatePlatformMeeting")
            .Description("Staff and the province's organisers: changes a meeting (minutes too); members are mailed again when time or place changed.")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .Argument<NonNullGraphType<StringGraphType>>("meetingId", "The meeting id.")
            .Argument<NonNullGraphType<MeetingInputType>>("input", "The meeting.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).UpdatePlatformMeetingAsync(Province(ctx), ctx.GetArgument<string>("meetingId"), ctx.GetArgument<MeetingInput>("input")));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("recordPlatformAttendance")
            .Description("Staff and the province's organisers: who attended (members' addresses).")
            .Argument<NonNullGraphType<ProvinceEnum>>("province", "The platform's province.")
            .Argument<NonNullGraphType<StringGraphType>>("meetingId", "The meeting id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attendees", "Addresses of the members who came.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).RecordPlatformAttendanceAsync(Province(ctx), ctx.GetArgument<string>("meetingId"), ctx.GetArgument<List<string>>("attendees")));
    }

    private static void AddGroupFields(SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<NetworkGroupType>, NetworkGroup>("saveGroup")
            .Description("Staff: creates a group or changes it.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug (3 to 60 of a-z, 0-9, -).")
            .Argument<NonNullGraphType<GroupInputType>>("input", "The group.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).SaveGroupAsync(Slug(ctx), ctx.GetArgument<CommunitySettings>("input")));

        mutation.Field<NonNullGraphType<CommunityInvitationType>, CommunityInvitation>("inviteGroupMember")
            .Description("Staff: invites someone to a group; they are mailed a code.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<InvitationInputType>>("input", "Whom.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).InviteToGroupAsync(Slug(ctx), ctx.GetArgument<InvitationInput>("input")));

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("removeGroupMember")
            .Description("Staff: removes a member of a group.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The member's address.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).RemoveFromGroupAsync(Slug(ctx), ctx.GetArgument<string>("email")));

        mutation.Field<NonNullGraphType<BooleanGraphType>, bool>("leaveGroup")
            .Description("You leave a group; NOT_FOUND when you are not a member.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).LeaveGroupAsync(Slug(ctx)));

        mutation.Field<NonNullGraphType<JoinRequestType>, JoinRequest>("requestToJoinGroup")
            .Description("You ask to join a group with a motivation; VVSG decides and mails you.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<StringGraphType>>("motivation", "Why you want to join (10 to 2000 characters).")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).RequestToJoinAsync(Slug(ctx), ctx.GetArgument<string>("motivation")));

        mutation.Field<NonNullGraphType<NetworkGroupType>, NetworkGroup>("decideJoinRequest")
            .Description("Staff: approves or declines (with a reason) a join request; the requester is mailed.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The requester's address.")
            .Argument<NonNullGraphType<BooleanGraphType>>("approve", "True to approve.")
            .Argument<StringGraphType>("reason", "Why (required when declining).")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).DecideAsync(
                Slug(ctx), ctx.GetArgument<string>("email"), ctx.GetArgument<bool>("approve"), ctx.GetArgument<string?>("reason")));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("planGroupMeeting")
            .Description("Staff: plans a group meeting; every member is mailed an invitation with an iCalendar file.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<MeetingInputType>>("input", "The meeting.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).PlanGroupMeetingAsync(Slug(ctx), ctx.GetArgument<MeetingInput>("input")));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("updateGroupMeeting")
            .Description("Staff: changes a group meeting (minutes too).")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<StringGraphType>>("meetingId", "The meeting id.")
            .Argument<NonNullGraphType<MeetingInputType>>("input", "The meeting.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).UpdateGroupMeetingAsync(Slug(ctx), ctx.GetArgument<string>("meetingId"), ctx.GetArgument<MeetingInput>("input")));

        mutation.Field<NonNullGraphType<MeetingType>, Meeting>("recordGroupAttendance")
            .Description("Staff: who attended a group meeting.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The group's slug.")
            .Argument<NonNullGraphType<StringGraphType>>("meetingId", "The meeting id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attendees", "Addresses of the members who came.")
            .ResolveAsync(async ctx => await Network<NetworkService>(ctx).RecordGroupAttendanceAsync(Slug(ctx), ctx.GetArgument<string>("meetingId"), ctx.GetArgument<List<string>>("attendees")));
    }

    private static void AddTrainingFields(SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<TrainingType>, Training>("createTraining")
            .Description("Staff: adds a training to the catalogue.")
            .Argument<NonNullGraphType<TrainingInputType>>("input", "The training.")
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).CreateAsync(ctx.GetArgument<TrainingInput>("input")));

        mutation.Field<NonNullGraphType<TrainingType>, Training>("updateTraining")
            .Description("Staff: changes a training's texts.")
            .Argument<NonNullGraphType<StringGraphType>>("id", "The training id.")
            .Argument<NonNullGraphType<TrainingInputType>>("input", "The training.")
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).UpdateAsync(ctx.GetArgument<string>("id"), ctx.GetArgument<TrainingInput>("input")));

        mutation.Field<NonNullGraphType<TrainingSessionType>, TrainingSessionView>("scheduleTrainingSession")
            .Description("Staff: schedules a session of a training.")
            .Argument<NonNullGraphType<StringGraphType>>("trainingId", "The training id.")
            .Argument<NonNullGraphType<TrainingSessionInputType>>("input", "The session.")
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).ScheduleAsync(ctx.GetArgument<string>("trainingId"), ctx.GetArgument<TrainingSessionInput>("input")));

        mutation.Field<NonNullGraphType<TrainingRegistrationType>, TrainingRegistration>("registerForTraining")
            .Description("Registers you, or a colleague of your municipality: a seat when one is free, else the waitlist; mailed with an iCalendar file. CONFLICT after the deadline or when already registered.")
            .Argument<NonNullGraphType<StringGraphType>>("sessionId", "The session id.")
            .Argument<RegistrationInputType>("participant", "A colleague; leave out to register yourself.")
            .Argument<StringGraphType>("clientRequestId", SubmitHelpdeskRequestInputType.ClientRequestIdDescription)
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).RegisterAsync(
                ctx.GetArgument<string>("sessionId"), ctx.GetArgument<RegistrationInput?>("participant"), ctx.GetArgument<string?>("clientRequestId")));

        mutation.Field<NonNullGraphType<TrainingRegistrationType>, TrainingRegistration>("cancelTrainingRegistration")
            .Description("Cancels your registration, or a colleague's of your municipality, until the deadline; the first on the waitlist gets the seat.")
            .Argument<NonNullGraphType<StringGraphType>>("sessionId", "The session id.")
            .Argument<StringGraphType>("email", "The participant's address; leave out for yourself.")
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).CancelAsync(ctx.GetArgument<string>("sessionId"), ctx.GetArgument<string?>("email")));

        mutation.Field<NonNullGraphType<TrainingSessionType>, TrainingSessionView>("recordTrainingAttendance")
            .Description("Staff, after the start: who of the confirmed participants attended; the others are marked absent.")
            .Argument<NonNullGraphType<StringGraphType>>("sessionId", "The session id.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("present", "Addresses of those present.")
            .ResolveAsync(async ctx => await Network<TrainingService>(ctx).RecordAttendanceAsync(ctx.GetArgument<string>("sessionId"), ctx.GetArgument<List<string>>("present")));
    }

    private static Province Province(IResolveFieldContext ctx) => ctx.GetArgument<Province>("province");

    private static string Slug(IResolveFieldContext ctx) => ctx.GetArgument<string>("slug");

    private static T Network<T>(IResolveFieldContext ctx)
        where T : notnull => ctx.RequestServices!.GetRequiredService<T>();
}
