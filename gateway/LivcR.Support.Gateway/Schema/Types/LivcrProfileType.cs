using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services.Network;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a municipality's LIVC-R profile.</summary>
public sealed class LivcrProfileType : ObjectGraphType<LivcrProfileView>
{
    /// <summary>Creates the type.</summary>
    public LivcrProfileType()
    {
        Name = "LivcrProfile";
        Description = "The LIVC-R profile of a municipality: status, coaching track, roles, contacts, last meetings.";
        Field(p => p.NisCode).Description("NIS code of the municipality.");
        Field<NonNullGraphType<StringGraphType>, string>("municipalityName").Description("Name of the municipality.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<MunicipalityDirectory>().NameOf(ctx.Source.NisCode));
        Field<NonNullGraphType<LivcrStatusEnum>, LivcrStatus>("status").Description("Status.").Resolve(ctx => ctx.Source.Status);
        Field(p => p.SharedWithNisCode, nullable: true).Description("With SHARED_WITH: the municipality whose LIVC-R is shared.");
        Field<CoachingTrackEnum, CoachingTrack?>("coachingTrack").Description("The coaching track VVSG follows, if any.").Resolve(ctx => ctx.Source.CoachingTrack);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LivcrRoleFilledType>>>, IReadOnlyList<LivcrRoleFilled>>("roles").Description("Roles filled.").Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LivcrContactType>>>, IReadOnlyList<LivcrContact>>("contacts").Description("Contact people.").Resolve(ctx => ctx.Source.Contacts);
        Field<DateOnlyGraphType, DateOnly?>("lastOperationalMeeting").Description("Date of the last operational meeting.").Resolve(ctx => ctx.Source.LastOperationalMeeting);
        Field<DateOnlyGraphType, DateOnly?>("lastStrategicMeeting").Description("Date of the last strategic meeting.").Resolve(ctx => ctx.Source.LastStrategicMeeting);
        Field(p => p.Version).Description("Version; send it back as expectedVersion.");
        Field(p => p.UpdatedAt, nullable: true).Description("Last change.");
        Field(p => p.UpdatedBy, nullable: true).Description("Who changed it last.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LivcrProfileChangeType>>>, IReadOnlyList<LivcrProfileChange>>("history")
            .Description("The edits, newest first.")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<LivcrProfileService>().HistoryAsync(ctx.Source.NisCode));
    }
}
