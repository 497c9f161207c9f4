using LivcR.Support.Contracts.Errors;

namespace LivcR.Support.Silo.People;

/// <summary>The person's own erasure (GDPR art. 17).</summary>
public sealed partial class PersonGrain
{
    /// <inheritdoc/>
    public async Task<bool> EraseAsync()
    {
        if (!State.Exists)
        {
            return false;
        }

        if (State.Roles.Count > 0)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze persoon heeft nog rollen. Neem eerst alle rollen af; daarna kunnen de gegevens gewist worden.");
        }

        await person.ClearStateAsync();
        return true;
    }
}
