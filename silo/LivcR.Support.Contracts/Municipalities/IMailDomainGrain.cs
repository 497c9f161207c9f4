namespace LivcR.Support.Contracts.Municipalities;

/// <summary>
/// One email domain (key: the normalised domain, e.g. <c>gent.be</c>) and the municipality it belongs to: the index
/// from a sender's domain to a NIS code, one small grain per domain instead of one registry.
/// </summary>
/// <remarks>Only <see cref="IMunicipalityGrain.SetEmailDomainsAsync"/> claims and releases domains.</remarks>
[Alias("livcr.mail-domain")]
public interface IMailDomainGrain : IGrainWithStringKey
{
    /// <summary>The NIS code of the municipality this domain belongs to, or null.</summary>
    [Alias("owner")]
    Task<string?> GetOwnerAsync();

    /// <summary>
    /// Makes the domain this municipality's (idempotent). CONFLICT naming the other municipality when the domain
    /// already belongs to one that still lists it.
    /// </summary>
    [Alias("claim")]
    Task ClaimAsync(string nisCode);

    /// <summary>Gives the domain up, when it belongs to this municipality (idempotent).</summary>
    [Alias("release")]
    Task ReleaseAsync(string nisCode);
}
