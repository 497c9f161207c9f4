namespace LivcR.Support.Contracts.Profiles;

/// <summary>One edit of a LIVC-R profile: when, by whom, and what changed (in words, e.g. "Status: Opstartend → Actief").</summary>
[GenerateSerializer]
[Alias("livcr.livcr-profile-change")]
public sealed record LivcrProfileChange(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] int Version,
    [property: Id(3)] IReadOnlyList<string> Changes);
