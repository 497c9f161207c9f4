using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Trainings;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a session with the registrations the caller may see.</summary>
public sealed class TrainingSessionType : ObjectGraphType<TrainingSessionView>
{
    /// <summary>Creates the type.</summary>
    public TrainingSessionType()
    {
        Name = "TrainingSession";
        Description = "A session with registrations: staff see all, municipal users their municipality's.";
        Field(s => s.Id).Description("Session id.");
        Field(s => s.TrainingId).Description("Training id.");
        Field(s => s.TrainingTitle).Description("Training title.");
        Field<NonNullGraphType<TrainingSessionSummaryType>, TrainingSessionSummary>("summary").Description("When, where, seats, deadline, price.").Resolve(ctx => ctx.Source.Summary());
        Field<IntGraphType, int?>("waitlistPosition").Description("Your place on the waitlist, if you are on it.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<Auth.CallerContext>().Actor is { } actor ? WaitlistRules.Position(ctx.Source.Registrations, actor.Email) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingRegistrationType>>>, IReadOnlyList<TrainingRegistration>>("registrations").Description("Registrations you may see, in order of registration.").Resolve(ctx => ctx.Source.Registrations);
    }
}
