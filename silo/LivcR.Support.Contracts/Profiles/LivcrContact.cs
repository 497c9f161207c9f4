namespace LivcR.Support.Contracts.Profiles;

/// <summary>A contact person of the municipality for VVSG (a civil servant, not a person discussed in a case).</summary>
/// <param name="Name">Full name.</param>
/// <param name="Function">Function, e.g. "LIVC-R-coördinator".</param>
/// <param name="Email">Email address, optional.</param>
/// <param name="Phone">Phone number, optional.</param>
[GenerateSerializer]
[Alias("livcr.livcr-contact")]
public sealed record LivcrContact(
    [property: Id(0)] string Name,
    [property: Id(1)] string Function,
    [property: Id(2)] string? Email = null,
    [property: Id(3)] string? Phone = null);
