using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>What the intake did with personal data (schema enum <c>PersonalDataHandling</c>).</summary>
public enum PersonalDataHandling
{
    /// <summary>Replaced by a label before it was stored; the original is gone.</summary>
    [JsonStringEnumMemberName("REDACTED")]
    Redacted,

    /// <summary>Kept in the text; the ticket is marked.</summary>
    [JsonStringEnumMemberName("FLAGGED")]
    Flagged,
}
