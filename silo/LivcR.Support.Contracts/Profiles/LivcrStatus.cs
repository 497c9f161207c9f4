namespace LivcR.Support.Contracts.Profiles;

/// <summary>How far a municipality is with its LIVC-R (local integral security cell on radicalisation).</summary>
/// <remarks>Stored by number: never renumber, only append.</remarks>
public enum LivcrStatus
{
    /// <summary>No LIVC-R yet.</summary>
    NotStarted = 1,

    /// <summary>Being set up.</summary>
    Starting = 2,

    /// <summary>Meets and works.</summary>
    Active = 3,

    /// <summary>Exists on paper, has not met for a long time.</summary>
    Dormant = 4,

    /// <summary>Shares the LIVC-R of another municipality (mayors may share one).</summary>
    SharedWith = 5,
}
