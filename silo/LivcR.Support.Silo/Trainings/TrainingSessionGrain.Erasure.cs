using LivcR.Support.Silo.Erasure;

namespace LivcR.Support.Silo.Trainings;

/// <summary>A person's erasure (GDPR art. 17) in this session's registrations.</summary>
public sealed partial class TrainingSessionGrain
{
    /// <inheritdoc/>
    public async Task<bool> ErasePersonAsync(string email)
    {
        if (!PersonErasureRules.Erase(State, email))
        {
            return false;
        }

        await session.WriteStateAsync();
        return true;
    }
}
