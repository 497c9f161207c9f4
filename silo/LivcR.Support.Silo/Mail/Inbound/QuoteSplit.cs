namespace LivcR.Support.Silo.Mail.Inbound;

/// <summary>A reply's own text and the quoted history below it.</summary>
/// <param name="Reply">What the person wrote (the whole text when no history was found).</param>
/// <param name="History">The quoted earlier mail, from its first line (empty when none was found).</param>
public sealed record QuoteSplit(string Reply, string History)
{
    /// <summary>True when a quoted history was found and split off.</summary>
    public bool HasHistory => History.Length > 0;
}
