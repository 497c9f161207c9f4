using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>The language a person gets mail in (schema enum <c>MailLanguage</c>).</summary>
public enum MailLanguage
{
    /// <summary>Dutch (nl-BE), the default.</summary>
    [JsonStringEnumMemberName("NL")]
    Nl,

    /// <summary>French.</summary>
    [JsonStringEnumMemberName("FR")]
    Fr,

    /// <summary>English.</summary>
    [JsonStringEnumMemberName("EN")]
    En,
}
