namespace LivcR.Support.Client;

/// <summary>Signing in and the caller's own account.</summary>
public sealed partial class SupportClient
{
    /// <summary>
    /// Asks for a one-time sign-in code (valid 10 minutes), mailed when the address belongs to a known person. The answer
    /// is the same for unknown addresses, so it reveals nobody.
    /// </summary>
    public Task RequestSignInCodeAsync(string email, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        return RunAsync<bool>(Documents.RequestSignInCode, "requestSignInCode", new { email }, cancellationToken);
    }

    /// <summary>
    /// Exchanges a mailed code for an access token; <see cref="SupportErrorCodes.Unauthenticated"/> when the code is wrong,
    /// used or expired. A client created without a token provider uses the new token for its later calls.
    /// </summary>
    public async Task<SignInResult> SignInAsync(string email, string code, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var result = await RunAsync<SignInResult>(Documents.SignIn, "signIn", new { email, code }, cancellationToken).ConfigureAwait(false);
        if (_tokenProvider is null)
        {
            _accessToken = result.AccessToken;
        }

        return result;
    }

    /// <summary>Who the caller is: email, name, roles and scopes.</summary>
    public Task<Person> MeAsync(CancellationToken cancellationToken = default) =>
        RunAsync<Person>(Documents.GetMe, "me", null, cancellationToken);
}
