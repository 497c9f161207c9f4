using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Silo.Persistence;

namespace LivcR.Support.Silo.Municipalities;

/// <summary>One email domain and its municipality (key: the normalised domain).</summary>
/// <remarks>
/// The municipality's own list is the truth; this entry is its index. A claim left behind by a municipality that
/// stopped half-way (it claims before it writes its list) is recognised by asking that municipality whether it lists
/// the domain or is claiming it right now — a read its grain answers even while busy, so two municipalities claiming
/// each other's domains cannot deadlock, and one between its claim and its write keeps the domain.
/// </remarks>
public sealed class MailDomainGrain(
    [PersistentState(stateName: "mail-domain", storageName: StorageNames.Support)] IPersistentState<MailDomainState> entry,
    MunicipalityDirectory directory) : Grain, IMailDomainGrain
{
    private string Domain => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public Task<string?> GetOwnerAsync() => Task.FromResult(entry.State.OwnerNisCode);

    /// <inheritdoc/>
    public async Task ClaimAsync(string nisCode)
    {
        var owner = entry.State.OwnerNisCode;
        if (owner == nisCode)
        {
            return;
        }

        if (owner is not null && await GrainFactory.Municipality(owner).HoldsEmailDomainAsync(Domain))
        {
            var name = directory.NameOf(owner);
            throw new SupportException(SupportErrorCode.Conflict, $"Het domein {Domain} hoort al bij {name} ({owner}).");
        }

        entry.State.OwnerNisCode = nisCode;
        await entry.WriteStateAsync();
    }

    /// <inheritdoc/>
    public async Task ReleaseAsync(string nisCode)
    {
        if (entry.State.OwnerNisCode == nisCode)
        {
            entry.State.OwnerNisCode = null;
            await entry.WriteStateAsync();
        }
    }
}
