using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Silo.Municipalities;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a line of the staff overview of LIVC-Rs.</summary>
public sealed class LivcrProfileSummaryType : ObjectGraphType<LivcrProfileSummary>
{
    /// <summary>Creates the type.</summary>
    public LivcrProfileSummaryType()
    {
        Name = "LivcrProfileSummary";
        Description = "One municipality in the staff overview of LIVC-Rs.";
        Field(p => p.NisCode).Description("NIS code.");
        Field<NonNullGraphType<StringGraphType>, string>("municipalityName").Description("Name of the municipality.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<MunicipalityDirectory>().NameOf(ctx.Source.NisCode));
        Field<NonNullGraphType<LivcrStatusEnum>, LivcrStatus>("status").Description("Status.").Resolve(ctx => ctx.Source.Status);
        Field(p => p.SharedWithNisCode, nullable: true).Description("The municipality whose LIVC-R is shared.");
        Field<CoachingTrackEnum, CoachingTrack?>("coachingTrack").Description("Coaching track.").Resolve(ctx => ctx.Source.CoachingTrack);
        Field<DateOnlyGraphType, DateOnly?>("lastOperationalMeeting").Description("Last operational meeting.").Resolve(ctx => ctx.Source.LastOperationalMeeting);
        Field<DateOnlyGraphType, DateOnly?>("lastStrategicMeeting").Description("Last strategic meeting.").Resolve(ctx => ctx.Source.LastStrategicMeeting);
        Field(p => p.UpdatedAt, nullable: true).Description("Last change; empty when never edited.");
    }
}
