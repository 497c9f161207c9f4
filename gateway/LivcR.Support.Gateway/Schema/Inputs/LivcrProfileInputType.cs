using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a whole LIVC-R profile.</summary>
public sealed class LivcrProfileInputType : InputObjectGraphType<LivcrProfileUpdate>
{
    /// <summary>Creates the type.</summary>
    public LivcrProfileInputType()
    {
        Name = "LivcrProfileInput";
        Description = "The whole new LIVC-R profile; what is left out is emptied.";
        Field<NonNullGraphType<LivcrStatusEnum>>("status").Description("Status.");
        Field<StringGraphType>("sharedWithNisCode").Description("With SHARED_WITH: NIS code of the municipality whose LIVC-R is shared.");
        Field<CoachingTrackEnum>("coachingTrack").Description("Coaching track, if any.");
        Field<ListGraphType<NonNullGraphType<LivcrRoleInputType>>>("roles").Description("Roles filled.");
        Field<ListGraphType<NonNullGraphType<LivcrContactInputType>>>("contacts").Description("Contact people.");
        Field<DateOnlyGraphType>("lastOperationalMeeting").Description("Date of the last operational meeting.");
        Field<DateOnlyGraphType>("lastStrategicMeeting").Description("Date of the last strategic meeting.");
        Field<IntGraphType>("expectedVersion").Description("The version you saw; CONFLICT when it changed since.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new LivcrProfileUpdate(
        InputValues.Value<LivcrStatus>(value, "status") ?? LivcrStatus.NotStarted,
        InputValues.OptionalText(value, "sharedWithNisCode"),
        InputValues.Value<CoachingTrack>(value, "coachingTrack"),
        InputValues.List<LivcrRoleFilled>(value, "roles"),
        InputValues.List<LivcrContact>(value, "contacts"),
        InputValues.Value<DateOnly>(value, "lastOperationalMeeting"),
        InputValues.Value<DateOnly>(value, "lastStrategicMeeting"),
        InputValues.Value<int>(value, "expectedVersion"));
}
