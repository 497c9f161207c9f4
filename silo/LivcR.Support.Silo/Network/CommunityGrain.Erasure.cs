using LivcR.Support.Silo.Erasure;

namespace LivcR.Support.Silo.Network;

/// <summary>A person's erasure (GDPR art. 17) in this platform or group.</summary>
public sealed partial class CommunityGrain
{
    /// <inheritdoc/>
    public async Task<bool> ErasePersonAsync(string email)
    {
        if (!PersonErasureRules.Erase(State, email))
        {
            return false;
        }

        await community.WriteStateAsync();
        return true;
    }
}
