namespace LivcR.Support.Client;

/// <summary>A person's data for administrators: export and erasure (GDPR art. 15 and 17).</summary>
public sealed partial class SupportClient
{
    /// <summary>Admins: everything stored about a person; <see cref="SupportErrorCodes.NotFound"/> when nothing is. Audited.</summary>
    public Task<PersonData> PersonDataAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<PersonData>(Documents.PersonData, "personData", new { email }, cancellationToken);
    }

    /// <summary>Admins: <c>GET /exports/person-data.zip</c>, the export with the person's uploads as a ZIP.</summary>
    public Task<SupportFile> DownloadPersonDataAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return DownloadAsync(Address("exports/person-data.zip?email=" + Uri.EscapeDataString(email)), "persoonsgegevens.zip", cancellationToken);
    }

    /// <summary>
    /// Admins: erases the person everywhere. <see cref="SupportErrorCodes.Conflict"/> while they hold a role,
    /// <see cref="SupportErrorCodes.BadUserInput"/> for yourself, <see cref="SupportErrorCodes.NotFound"/> when nothing is stored.
    /// </summary>
    public Task<PersonErasure> ErasePersonAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<PersonErasure>(Documents.ErasePerson, "erasePerson", new { email }, cancellationToken);
    }
}
