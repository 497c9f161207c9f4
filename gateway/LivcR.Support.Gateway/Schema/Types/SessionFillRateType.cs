using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a session's fill rate (staff).</summary>
public sealed class SessionFillRateType : ObjectGraphType<SessionFillRate>
{
    /// <summary>Creates the type.</summary>
    public SessionFillRateType()
    {
        Name = "TrainingFillRate";
        Description = "How full a session is.";
        Field(f => f.TrainingTitle).Description("Training title.");
        Field<NonNullGraphType<TrainingSessionSummaryType>, TrainingSessionSummary>("session").Description("The session.").Resolve(ctx => ctx.Source.Session);
        Field<NonNullGraphType<IntGraphType>, int>("confirmed").Description("Confirmed seats.").Resolve(ctx => ctx.Source.Session.Confirmed);
        Field<NonNullGraphType<IntGraphType>, int>("waitlisted").Description("On the waitlist.").Resolve(ctx => ctx.Source.Session.Waitlisted);
        Field<IntGraphType, int?>("attended").Description("Attended, once recorded.").Resolve(ctx => ctx.Source.Session.Attended);
        Field<NonNullGraphType<FloatGraphType>, double>("fillRate").Description("Confirmed seats / capacity (0 to 1).").Resolve(ctx => ctx.Source.Session.FillRate);
    }
}
