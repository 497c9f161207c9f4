using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>One municipality (key: NIS code): reference data and its email domains.</summary>
public sealed class MunicipalityGrain(
    [PersistentState(stateName: "municipality", storageName: StorageNames.Support)] IPersistentState<MunicipalityState> municipality)
    : Grain, IMunicipalityGrain
{
    // The domains this activation is claiming (claimed at their index, its list not yet written). Held in memory only: a
    // claim whose municipality lost its activation half-way is stale, and the next claimant may take the domain.
    private readonly HashSet<string> _claiming = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<MunicipalityInfo?> GetAsync() => Task.FromResult(municipality.State.Info);

    /// <inheritdoc/>
    public async Task<bool> SeedAsync(MunicipalityInfo reference)
    {
        if (reference.NisCode != this.GetPrimaryKeyString())
        {
            throw new ArgumentException("The reference data belongs to another NIS code.", nameof(reference));
        }

        if (municipality.State.Info == reference)
        {
            return false;
        }

        municipality.State.Info = reference;
        await municipality.WriteStateAsync();
        return true;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<string>> GetEmailDomainsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. municipality.State.EmailDomains]);

    /// <inheritdoc/>
    public Task<bool> HoldsEmailDomainAsync(string domain) =>
        Task.FromResult(municipality.State.EmailDomains.Contains(domain, StringComparer.Ordinal) || _claiming.Contains(domain));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<string>> SetEmailDomainsAsync(IReadOnlyList<string> domains)
    {
        var nisCode = this.GetPrimaryKeyString();
        if (municipality.State.Info is null)
        {
            throw SupportException.NotFound($"Er is geen Vlaamse gemeente met NIS-code {nisCode}.");
        }

        var wanted = EmailDomainRules.NormaliseAll(domains);
        var current = municipality.State.EmailDomains;

        // Claim first: a domain of another municipality refuses the whole change before anything is written.
        var claimed = new List<string>();
        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        try
        {
            foreach (var domain in wanted.Except(current, StringComparer.Ordinal))
            {
                _claiming.Add(domain);
                await GrainFactory.MailDomain(domain).ClaimAsync(nisCode);
                claimed.Add(domain);
            }

            municipality.State.EmailDomains = [.. wanted];
            await municipality.WriteStateAsync();
        }
        catch (SupportException)
        {
            foreach (var domain in claimed)
            {
                await GrainFactory.MailDomain(domain).ReleaseAsync(nisCode);
            }

            throw;
        }
        finally
        {
            _claiming.Clear();
        }

        foreach (var domain in removed)
        {
            await GrainFactory.MailDomain(domain).ReleaseAsync(nisCode);
        }

        return wanted;
    }
}
