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
}
