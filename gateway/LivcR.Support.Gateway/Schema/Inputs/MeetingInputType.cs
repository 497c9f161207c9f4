using GraphQL.Types;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a meeting.</summary>
public sealed class MeetingInputType : InputObjectGraphType<MeetingInput>
{
    /// <summary>Creates the type.</summary>
    public MeetingInputType()
    {
        Name = "NetworkMeetingInput";
        Description = "A meeting: when, a place or an online link (or both), the agenda and, afterwards, the minutes.";
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("startsAt").Description("Start.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>>("endsAt").Description("End (at most 12 hours later).");
        Field<StringGraphType>("place").Description("Address.");
        Field<StringGraphType>("onlineLink").Description("An http(s) link.");
        Field<NonNullGraphType<StringGraphType>>("agenda").Description("Agenda.");
        Field<StringGraphType>("minutes").Description("Minutes (text).");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new MeetingInput(
        InputValues.Value<DateTimeOffset>(value, "startsAt") ?? default, InputValues.Value<DateTimeOffset>(value, "endsAt") ?? default,
        InputValues.OptionalText(value, "place"), InputValues.OptionalText(value, "onlineLink"), InputValues.Text(value, "agenda"), InputValues.OptionalText(value, "minutes"));
}
