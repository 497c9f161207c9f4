namespace LivcR.Support.Client;

/// <summary>People and roles (administrators).</summary>
public sealed partial class SupportClient
{
    /// <summary>Admins: a person by email address; <see cref="SupportErrorCodes.NotFound"/> when unknown.</summary>
    public Task<Person> GetPersonAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<Person>(Documents.GetPerson, "person", new { email }, cancellationToken);
    }

    /// <summary>Admins: creates a person or changes their name.</summary>
    public Task<Person> SavePersonAsync(string email, string name, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentNullException.ThrowIfNull(name);
        return RunAsync<Person>(Documents.SavePerson, "savePerson", new { email, name }, cancellationToken);
    }

    /// <summary>Admins: gives a person a role; <paramref name="scope"/> is the NIS code (MUNICIPAL) or the province key (ORGANISER).</summary>
    public Task<Person> GrantRoleAsync(string email, Role role, string? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<Person>(Documents.GrantRole, "grantRole", new { email, role, scope }, cancellationToken);
    }

    /// <summary>Admins: takes a role (with that scope) away.</summary>
    public Task<Person> RevokeRoleAsync(string email, Role role, string? scope = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<Person>(Documents.RevokeRole, "revokeRole", new { email, role, scope }, cancellationToken);
    }
}
