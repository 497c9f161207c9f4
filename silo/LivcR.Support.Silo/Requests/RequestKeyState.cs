namespace LivcR.Support.Silo.Requests;

/// <summary>A creating request a grain carried out, remembered by its scoped idempotency key (see <see cref="RequestKeys"/>).</summary>
[GenerateSerializer]
[Alias("livcr.request-key")]
public sealed class RequestKeyState
{
    /// <summary>The scoped key (<see cref="Contracts.Requests.ClientRequestIds.Scope"/>).</summary>
    [Id(0)]
    public string Key { get; set; } = string.Empty;

    /// <summary>When the request was carried out.</summary>
    [Id(1)]
    public DateTimeOffset At { get; set; }

    /// <summary>What it made: a ticket number, a registration's or invitation's address.</summary>
    [Id(2)]
    public string Result { get; set; } = string.Empty;
}
