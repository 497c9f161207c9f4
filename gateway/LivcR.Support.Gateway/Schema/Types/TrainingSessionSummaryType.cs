using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a session in the catalogue.</summary>
public sealed class TrainingSessionSummaryType : ObjectGraphType<TrainingSessionSummary>
{
    /// <summary>Creates the type.</summary>
    public TrainingSessionSummaryType()
    {
        Name = "TrainingSessionSummary";
        Description = "A session of a training: when, where, seats left, deadline, price.";
        Field(s => s.Id).Description("Session id.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("startsAt").Description("Start.").Resolve(ctx => ctx.Source.Details.StartsAt);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("endsAt").Description("End.").Resolve(ctx => ctx.Source.Details.EndsAt);
        Field<StringGraphType, string?>("place").Description("Address.").Resolve(ctx => ctx.Source.Details.Place);
        Field<StringGraphType, string?>("onlineLink").Description("Online link.").Resolve(ctx => ctx.Source.Details.OnlineLink);
        Field<NonNullGraphType<IntGraphType>, int>("capacity").Description("Seats.").Resolve(ctx => ctx.Source.Details.Capacity);
        Field<NonNullGraphType<IntGraphType>, int>("seatsLeft").Description("Free seats.").Resolve(ctx => Math.Max(0, ctx.Source.Details.Capacity - ctx.Source.Confirmed));
        Field<NonNullGraphType<IntGraphType>, int>("waitlistLength").Description("How many wait for a seat.").Resolve(ctx => ctx.Source.Waitlisted);
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("registrationDeadline").Description("Register and cancel until then.").Resolve(ctx => ctx.Source.Details.RegistrationDeadline);
        Field<DecimalGraphType, decimal?>("price").Description("Price in euro; null when free.").Resolve(ctx => ctx.Source.Details.Price);
    }
}
