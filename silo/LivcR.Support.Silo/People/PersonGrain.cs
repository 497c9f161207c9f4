using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Persistence;
using LivcR.Support.Contracts.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LivcR.Support.Silo.People;

/// <summary>
/// A person (key: normalised email): profile, roles, sign-in codes, mail language and deliverability. Applies
/// <see cref="PersonRules"/> and <see cref="SignInRules"/>, writes when something changed, logs the change.
/// </summary>
/// <remarks>
/// The undeliverable flag belongs to the address, which is the key: a person who gets a new address is a new key
/// without the flag, so a new address is always tried.
/// </remarks>
public sealed partial class PersonGrain(
    [PersistentState(stateName: "person", storageName: StorageNames.Support)] IPersistentState<PersonState> person,
    [FromKeyedServices(SupportClock.Key)] TimeProvider clock,
    ILogger<PersonGrain> logger) : Grain, IPersonGrain
{
    private PersonState State => person.State;

    private string Email => this.GetPrimaryKeyString();

    /// <inheritdoc/>
    public Task<PersonView?> GetAsync() => Task.FromResult(State.Exists ? View() : null);

    /// <inheritdoc/>
    public async Task<PersonView> SaveProfileAsync(string name)
    {
        PersonRules.SaveProfile(State, name);
        await person.WriteStateAsync();
        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonView> GrantAsync(RoleGrant grant)
    {
        if (await WriteIfAsync(PersonRules.Grant(State, grant)))
        {
            LogGranted(logger, LogMask.Email(Email), grant.ToString());
        }

        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonView> RevokeAsync(RoleGrant grant)
    {
        if (await WriteIfAsync(PersonRules.Revoke(State, grant)))
        {
            LogRevoked(logger, LogMask.Email(Email), grant.ToString());
        }

        return View();
    }

    /// <inheritdoc/>
    public async Task<SignInCode?> RequestSignInCodeAsync()
    {
        if (!PersonRules.MaySignIn(State))
        {
            return null;
        }

        var code = SignInRules.Issue(State.SignIn, clock.GetUtcNow());
        await person.WriteStateAsync();
        return code;
    }

    /// <inheritdoc/>
    public async Task<PersonView> VerifySignInCodeAsync(string code)
    {
        var hadCode = State.SignIn.CodeHash is not null;
        var ok = State.Exists && SignInRules.Verify(State.SignIn, code ?? string.Empty, clock.GetUtcNow());
        await WriteIfAsync(hadCode);
        if (!ok)
        {
            LogSignInRefused(logger, LogMask.Email(Email));
            throw new SupportException(SupportErrorCode.Unauthenticated, "De code is ongeldig of verlopen.");
        }

        return View();
    }

    /// <inheritdoc/>
    public Task<PersonMailStatus> GetMailStatusAsync() => Task.FromResult(MailStatus());

    /// <inheritdoc/>
    public async Task<PersonView> SetMailLanguageAsync(MailLanguage language)
    {
        await WriteIfAsync(PersonRules.SetMailLanguage(State, language));
        return View();
    }

    /// <inheritdoc/>
    public async Task<PersonMailStatus> MarkUndeliverableAsync(string reason)
    {
        PersonRules.MarkUndeliverable(State, reason, clock.GetUtcNow());
        await person.WriteStateAsync();
        LogUndeliverable(logger, LogMask.Email(Email));
        return MailStatus();
    }

    /// <inheritdoc/>
    public async Task<PersonMailStatus> ClearUndeliverableAsync()
    {
        if (await WriteIfAsync(PersonRules.ClearUndeliverable(State)))
        {
            LogDeliverable(logger, LogMask.Email(Email));
        }

        return MailStatus();
    }

    private async Task<bool> WriteIfAsync(bool changed)
    {
        if (changed)
        {
            await person.WriteStateAsync();
        }

        return changed;
    }

    private PersonView View() => new(Email, State.Name, [.. State.Roles], State.MailLanguage, State.Undeliverable);

    private PersonMailStatus MailStatus() => new(Email, State.Exists, State.MailLanguage, State.Undeliverable);

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
