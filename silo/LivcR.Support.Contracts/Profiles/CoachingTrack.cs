namespace LivcR.Support.Contracts.Profiles;

/// <summary>The coaching track VVSG follows with a municipality's LIVC-R.</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum CoachingTrack
{
    /// <summary>Starting a LIVC-R.</summary>
    Start = 1,

    /// <summary>Reactivating a dormant one.</summary>
    Reactivate = 2,

    /// <summary>Optimising a working one.</summary>
    Optimise = 3,

    /// <summary>Following up from a distance.</summary>
    Monitor = 4,
}
