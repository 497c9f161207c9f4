namespace LivcR.Support.Client;

/// <summary>A successful sign-in (schema type <c>SignInResult</c>).</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="ExpiresAt">When the token stops working; sign in again after.</param>
/// <param name="Person">Who signed in.</param>
public sealed record SignInResult(string AccessToken, DateTimeOffset ExpiresAt, Person Person);
