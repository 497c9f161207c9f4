using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.People;

/// <summary>A person (key: normalised email): profile, roles, sign-in codes, mail language and deliverability.</summary>
/// <remarks>
/// The undeliverable flag belongs to the address, which is the key: a person who gets a new address is a new key
/// without the flag, so a new address is always tried.
/// </remarks>
public sealed partial class PersonGrain(
    [PersistentState(stateName: "person", storageName: StorageNames.Support)] IPersistentState<PersonState> person,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    private string Email => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public Task<PersonView?> GetAsync() => Task.FromResult(person.State.Exists ? View() : null);

    /// <inheritdoc/>
    public async Task<PersonView> SaveProfileAsync(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 200 || trimmed.Any(char.IsControl))
        {
            throw SupportException.BadInput("name", "De naam moet 1 tot 200 tekens lang zijn, op één regel.");
        }

        person.State.Name = trimmed;
        person.State.Exists = true;
        await person.WriteStateAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonView> GrantAsync(RoleGrant grant)
    {
        if (!RoleScopes.IsValid(grant.Role, grant.Scope))
        {
            throw SupportException.BadInput("scope", "Deze scope past niet bij de rol (gemeente: NIS-code, organisator: provincie, staf en beheer: geen).");
        }

        if (!person.State.Exists)
        {
            throw SupportException.NotFound("Deze persoon bestaat niet; maak hem eerst aan.");
        }

        if (!person.State.Roles.Contains(grant))
        {
            person.State.Roles.Add(grant);
            await person.WriteStateAsync();
            LogGranted(logger, Email, grant.ToString());
        }

        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonView> RevokeAsync(RoleGrant grant)
    {
        if (person.State.Roles.Remove(grant))
        {
            await person.WriteStateAsync();
            LogRevoked(logger, Email, grant.ToString());
        }

        return View();
    }

    /// <inheritdoc/>
    public async Task<SignInCode?> RequestSignInCodeAsync()
    {
        if (!person.State.Exists || person.State.Roles.Count == 0)
        {
            return null;
        }

        var code = SignInRules.Issue(person.State.SignIn, clock.GetUtcNow());
        await person.WriteStateAsync();
        return code;
    }

    /// <inheritdoc/>
    public async Task<PersonView> VerifySignInCodeAsync(string code)
    {
        var hadCode = person.State.SignIn.CodeHash is not null;
        var ok = person.State.Exists && SignInRules.Verify(person.State.SignIn, code ?? string.Empty, clock.GetUtcNow());
        if (hadCode)
        {
            await person.WriteStateAsync();
        }

        if (!ok)
        {
            LogSignInRefused(logger, Email);
            throw new SupportException(SupportErrorCode.Unauthenticated, "De code is ongeldig of verlopen.");
        }

        return View();
    }

    /// <inheritdoc/>
    public Task<PersonMailStatus> GetMailStatusAsync() => Task.FromResult(MailStatus());

    /// <inheritdoc/>
    public async Task<PersonView> SetMailLanguageAsync(MailLanguage language)
    {
        if (!Enum.IsDefined(language))
        {
            throw SupportException.BadInput("language", "Kies Nederlands, Frans of Engels.");
        }

        if (!person.State.Exists)
        {
            throw SupportException.NotFound("Deze persoon is niet gekend.");
        }

        if (person.State.MailLanguage != language)
        {
            person.State.MailLanguage = language;
            await person.WriteStateAsync();
        }

        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonMailStatus> MarkUndeliverableAsync(string reason)
    {
        var clean = new string((reason ?? string.Empty).Where(c => !char.IsControl(c)).ToArray()).Trim();
        clean = clean.Length == 0 ? "Permanente afleverfout" : clean[..Math.Min(clean.Length, 500)];
        var since = person.State.Undeliverable?.Since ?? clock.GetUtcNow();
        person.State.Undeliverable = new MailUndeliverable(clean, since);
        await person.WriteStateAsync();
        LogUndeliverable(logger, Email);
        return MailStatus();
    }

    /// <inheritdoc/>
    public async Task<PersonMailStatus> ClearUndeliverableAsync()
    {
        if (person.State.Undeliverable is not null)
        {
            person.State.Undeliverable = null;
            await person.WriteStateAsync();
            LogDeliverable(logger, Email);
        }

        return MailStatus();
    }

    private PersonView View() => new(Email, person.State.Name, [.. person.State.Roles], person.State.MailLanguage, person.State.Undeliverable);

    private PersonMailStatus MailStatus() => new(Email, person.State.Exists, person.State.MailLanguage, person.State.Undeliverable);

    [LoggerMessage(EventId = 5001, Level = LogLevel.Information, Message = "Person {PersonEmail} granted {Role}")]
    private static partial void LogGranted(ILogger logger, string personEmail, string role);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Person {PersonEmail} revoked {Role}")]
    private static partial void LogRevoked(ILogger logger, string personEmail, string role);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Sign-in code refused for {PersonEmail}")]
    private static partial void LogSignInRefused(ILogger logger, string personEmail);

    [LoggerMessage(EventId = 5010, Level = LogLevel.Warning, Message = "Mail to {PersonEmail} bounced permanently; the address is marked undeliverable")]
    private static partial void LogUndeliverable(ILogger logger, string personEmail);

    [LoggerMessage(EventId = 5011, Level = LogLevel.Information, Message = "Undeliverable flag of {PersonEmail} cleared")]
    private static partial void LogDeliverable(ILogger logger, string personEmail);
}
