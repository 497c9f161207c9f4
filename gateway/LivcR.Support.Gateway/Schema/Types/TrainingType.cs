using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a training of the catalogue.</summary>
public sealed class TrainingType : ObjectGraphType<Training>
{
    /// <summary>Creates the type.</summary>
    public TrainingType()
    {
        Name = "Training";
        Description = "A training of VVSG's offer (vormingsaanbod) with its sessions.";
        Field(t => t.Id).Description("Training id.");
        Field<NonNullGraphType<StringGraphType>, string>("title").Description("Title.").Resolve(ctx => ctx.Source.Details.Title);
        Field<NonNullGraphType<StringGraphType>, string>("description").Description("Description.").Resolve(ctx => ctx.Source.Details.Description);
        Field<NonNullGraphType<StringGraphType>, string>("audience").Description("For whom.").Resolve(ctx => ctx.Source.Details.Audience);
        Field<NonNullGraphType<StringGraphType>, string>("format").Description("Form (workshop, webinar…).").Resolve(ctx => ctx.Source.Details.Format);
        Field<NonNullGraphType<StringGraphType>, string>("duration").Description("Duration in words.").Resolve(ctx => ctx.Source.Details.Duration);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingSessionSummaryType>>>, IReadOnlyList<TrainingSessionSummary>>("sessions").Description("Sessions, soonest first.")
            .Resolve(ctx => ctx.Source.Sessions)
            .FieldType.WithComplexityImpact(1, 3); // a training has one to a few sessions, not the default five per list
    }
}
