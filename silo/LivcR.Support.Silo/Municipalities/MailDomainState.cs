namespace LivcR.Support.Silo.Municipalities;

/// <summary>The stored state of an email domain's index entry.</summary>
[GenerateSerializer]
[Alias("livcr.mail-domain-state")]
public sealed class MailDomainState
{
    /// <summary>The NIS code of the municipality the domain belongs to; null when free.</summary>
    [Id(0)]
    public string? OwnerNisCode { get; set; }
}
