namespace LivcR.Support.Contracts.People;

/// <summary>A freshly issued one-time sign-in code, to be mailed to the person; only its hash is stored.</summary>
[GenerateSerializer]
[Alias("livcr.sign-in-code")]
public sealed record SignInCode([property: Id(0)] string Code, [property: Id(1)] DateTimeOffset ExpiresAt);
