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
        try
        {
            foreach (var domain in wanted.Except(current, StringComparer.Ordinal))
            {
                await GrainFactory.MailDomain(domain).ClaimAsync(nisCode);
                claimed.Add(domain);
            }
        }
        catch (SupportException)
        {
            foreach (var domain in claimed)
            {
                await GrainFactory.MailDomain(domain).ReleaseAsync(nisCode);
            }

            throw;
        }

        var removed = current.Except(wanted, StringComparer.Ordinal).ToList();
        municipality.State.EmailDomains = [.. wanted];
        await municipality.WriteStateAsync();
        foreach (var domain in removed)
        {
            await GrainFactory.MailDomain(domain).ReleaseAsync(nisCode);
        }

        return wanted;
    }
}
