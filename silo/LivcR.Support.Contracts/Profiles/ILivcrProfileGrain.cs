using LivcR.Support.Contracts.Access;

namespace LivcR.Support.Contracts.Profiles;

/// <summary>The LIVC-R profile of one municipality, keyed by NIS code; kept apart from the municipality's reference data.</summary>
[Alias("livcr.livcr-profile")]
public interface ILivcrProfileGrain : IGrainWithStringKey
{
    /// <summary>The profile (NOT_STARTED at version 0 when nobody edited it yet).</summary>
    [Alias("get")]
    Task<LivcrProfileView> GetAsync();

    /// <summary>The edits, newest first (at most the last 200).</summary>
    [Alias("history")]
    Task<IReadOnlyList<LivcrProfileChange>> HistoryAsync();

    /// <summary>Replaces the profile. FORBIDDEN unless staff or a user of this municipality; BAD_USER_INPUT naming the field; CONFLICT on a stale version.</summary>
    [Alias("update")]
    Task<LivcrProfileView> UpdateAsync(Actor actor, LivcrProfileUpdate update);
}
