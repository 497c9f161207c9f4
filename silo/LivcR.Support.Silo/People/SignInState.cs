namespace LivcR.Support.Silo.People;

/// <summary>The stored sign-in bookkeeping of a person: the current code's hash, tries, lockout, recent requests.</summary>
[GenerateSerializer]
[Alias("livcr.sign-in-state")]
public sealed class SignInState
{
    /// <summary>SHA-256 of salt and code; null when no code is outstanding.</summary>
    [Id(0)]
    public byte[]? CodeHash { get; set; }

    /// <summary>Random salt of the current code.</summary>
    [Id(1)]
    public byte[]? CodeSalt { get; set; }

    /// <summary>When the current code stops working.</summary>
    [Id(2)]
    public DateTimeOffset CodeExpiresAt { get; set; }

    /// <summary>Wrong tries against the current code.</summary>
    [Id(3)]
    public int FailedAttempts { get; set; }

    /// <summary>No code is issued or accepted before this moment.</summary>
    [Id(4)]
    public DateTimeOffset LockedUntil { get; set; }

    /// <summary>When recent codes were issued (for the hourly limit).</summary>
    [Id(5)]
    public List<DateTimeOffset> RecentRequests { get; set; } = [];
}
