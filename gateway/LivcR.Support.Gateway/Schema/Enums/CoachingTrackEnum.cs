using GraphQL.Types;
using LivcR.Support.Contracts.Profiles;

namespace LivcR.Support.Gateway.Schema.Enums;

/// <summary>GraphQL enum of <see cref="CoachingTrack"/>.</summary>
public sealed class CoachingTrackEnum : EnumerationGraphType<CoachingTrack>
{
    /// <summary>Creates the type.</summary>
    public CoachingTrackEnum()
    {
        Name = "CoachingTrack";
        Description = "The coaching track VVSG follows with a LIVC-R.";
    }
}
