using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a training session.</summary>
public sealed class TrainingSessionInputType : InputObjectGraphType<TrainingSessionInput>
{
    /// <summary>Creates the type.</summary>
    public TrainingSessionInputType()
    {
        Name = "TrainingSessionInput";
        Description = "A session: when, a place or an online link, seats, registration deadline, price.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("Start (in the future).");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Description("End.");
        Field<StringGraphType>("place").Description("Address.");
        Field<StringGraphType>("onlineLink").Description("An http(s) link.");
        Field<NonNullGraphType<IntGraphType>>("capacity").Description("Seats (1 to 1000); more registrations go on the waitlist.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("registrationDeadline").Description("Register and cancel until then (before the start).");
        Field<DecimalGraphType>("price").Description("Price in euro; leave out or 0 for free.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new TrainingSessionInput(
        InputValues.Value<DateTimeOffset>(value, "startsAt") ?? default, InputValues.Value<DateTimeOffset>(value, "endsAt") ?? default,
        InputValues.OptionalText(value, "place"), InputValues.OptionalText(value, "onlineLink"), InputValues.Value<int>(value, "capacity") ?? 0,
        InputValues.Value<DateTimeOffset>(value, "registrationDeadline") ?? default, InputValues.Value<decimal>(value, "price"));
}
