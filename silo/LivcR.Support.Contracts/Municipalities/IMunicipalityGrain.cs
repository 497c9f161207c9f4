using Orleans.Concurrency;

namespace LivcR.Support.Contracts.Municipalities;

/// <summary>One Flemish municipality, keyed by its five-digit NIS code.</summary>
[Alias("livcr.municipality")]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The municipality, or null when the NIS code is not a known Flemish municipality.</summary>
    [Alias("get")]
    Task<MunicipalityInfo?> GetAsync();

    /// <summary>Records the reference data (name, province, postal code); writes only when something changed.</summary>
    /// <returns>True when the stored state changed.</returns>
    [Alias("seed")]
    Task<bool> SeedAsync(MunicipalityInfo reference);

    /// <summary>The email domains mail from this municipality comes from (e.g. <c>gent.be</c>), sorted.</summary>
    [Alias("email-domains")]
    [AlwaysInterleave]
    Task<IReadOnlyList<string>> GetEmailDomainsAsync();

    /// <summary>
    /// True when this municipality lists <paramref name="domain"/>, or is claiming it right now (between its claim and
    /// the write of its list); answered even while the municipality is busy.
    /// </summary>
    [Alias("holds-email-domain")]
    [AlwaysInterleave]
    Task<bool> HoldsEmailDomainAsync(string domain);

    /// <summary>
    /// Replaces the email domains. BAD_USER_INPUT (field <c>domains</c>) for a malformed domain or a public mail provider,
    /// CONFLICT naming the other municipality for a domain that already belongs to one, NOT_FOUND for an unknown NIS code.
    /// Nothing changes when anything is refused.
    /// </summary>
    /// <returns>The domains as stored (normalised, sorted).</returns>
    [Alias("set-email-domains")]
    Task<IReadOnlyList<string>> SetEmailDomainsAsync(IReadOnlyList<string> domains);
}
