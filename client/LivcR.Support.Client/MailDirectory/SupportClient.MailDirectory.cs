namespace LivcR.Support.Client;

/// <summary>The mail directory: municipality email domains, mail languages, undeliverable addresses.</summary>
public sealed partial class SupportClient
{
    /// <summary>Staff and admins: the mail language of an address and whether mail to it bounced permanently (also for an address no person has).</summary>
    public Task<PersonMailStatus> GetPersonMailStatusAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<PersonMailStatus>(Documents.GetPersonMailStatus, "personMailStatus", new { email }, cancellationToken);
    }

    /// <summary>The email domains a municipality's mail comes from; the list is null for callers who may not see it.</summary>
    public Task<MunicipalityEmailDomains> GetMunicipalityEmailDomainsAsync(string nisCode, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        return RunAsync<MunicipalityEmailDomains>(Documents.GetMunicipalityEmailDomains, "municipality", new { nisCode }, cancellationToken);
    }

    /// <summary>
    /// Staff and admins: replaces the municipality's email domains (an empty list removes them all).
    /// <see cref="SupportErrorCodes.Conflict"/> when a domain belongs to another municipality; nothing changes then.
    /// </summary>
    public Task<MunicipalityEmailDomains> SetMunicipalityEmailDomainsAsync(string nisCode, IEnumerable<string> domains, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nisCode);
        ArgumentNullException.ThrowIfNull(domains);
        return RunAsync<MunicipalityEmailDomains>(
            Documents.SetMunicipalityEmailDomains, "setMunicipalityEmailDomains", new { nisCode, domains = domains.ToList() }, cancellationToken);
    }

    /// <summary>The language you get mail in.</summary>
    public Task<Person> SetMyMailLanguageAsync(MailLanguage language, CancellationToken cancellationToken = default) =>
        RunAsync<Person>(Documents.SetMyMailLanguage, "setMyMailLanguage", new { language }, cancellationToken);

    /// <summary>Admins (or the person themselves): the language a person gets mail in.</summary>
    public Task<Person> SetPersonMailLanguageAsync(string email, MailLanguage language, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<Person>(Documents.SetPersonMailLanguage, "setPersonMailLanguage", new { email, language }, cancellationToken);
    }

    /// <summary>Staff and admins: mail to this address is tried again after it bounced permanently.</summary>
    public Task<PersonMailStatus> ClearPersonUndeliverableAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<PersonMailStatus>(Documents.ClearPersonUndeliverable, "clearPersonUndeliverable", new { email }, cancellationToken);
    }
}
