using LivcR.Support.Contracts.People;

namespace LivcR.Support.Gateway.Auth;

/// <summary>A successful sign-in: the bearer token and who it is for.</summary>
public sealed record SignInResult(string AccessToken, DateTimeOffset ExpiresAt, PersonView Person);
