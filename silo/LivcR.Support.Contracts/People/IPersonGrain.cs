using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Contracts.People;

/// <summary>A person, keyed by normalised email address (see <see cref="PersonKeys"/>).</summary>
[Alias("livcr.person")]
public interface IPersonGrain : IGrainWithStringKey
{
    /// <summary>The person, or null when nobody with this address is known.</summary>
    [Alias("get")]
    Task<PersonView?> GetAsync();

    /// <summary>Creates the person or renames them.</summary>
    [Alias("save-profile")]
    Task<PersonView> SaveProfileAsync(string name);

    /// <summary>Adds a role (idempotent). BAD_USER_INPUT when the scope does not fit the role.</summary>
    [Alias("grant")]
    Task<PersonView> GrantAsync(RoleGrant grant);

    /// <summary>Removes a role (idempotent).</summary>
    [Alias("revoke")]
    Task<PersonView> RevokeAsync(RoleGrant grant);

    /// <summary>Issues a sign-in code; null when the person is unknown or has no role (nothing is sent then).</summary>
    /// <remarks>Refused with RATE_LIMITED after too many codes in an hour, or while locked after wrong codes.</remarks>
    [Alias("request-code")]
    Task<SignInCode?> RequestSignInCodeAsync();

    /// <summary>Checks a code: single use, expires, locks the person after too many wrong tries. UNAUTHENTICATED when wrong.</summary>
    [Alias("verify-code")]
    Task<PersonView> VerifySignInCodeAsync(string code);

    /// <summary>Language and deliverability of this address; answers also for an address no person has.</summary>
    [Alias("mail-status")]
    Task<PersonMailStatus> GetMailStatusAsync();

    /// <summary>Sets the language the person gets mail in. NOT_FOUND when the person is unknown.</summary>
    [Alias("set-mail-language")]
    Task<PersonView> SetMailLanguageAsync(MailLanguage language);

    /// <summary>
    /// Records a permanent bounce: mail to this address stops. Also for an address no person has (the flag then only
    /// guards the address). The first time is kept when it bounces again; the reason is updated.
    /// </summary>
    [Alias("mark-undeliverable")]
    Task<PersonMailStatus> MarkUndeliverableAsync(string reason);

    /// <summary>Clears the undeliverable flag (idempotent).</summary>
    [Alias("clear-undeliverable")]
    Task<PersonMailStatus> ClearUndeliverableAsync();

    /// <summary>Erasure (GDPR art. 17): the person's profile, sign-in data and mail status are deleted. CONFLICT while they hold a role; false when unknown.</summary>
    [Alias("erase")]
    Task<bool> EraseAsync();
}
