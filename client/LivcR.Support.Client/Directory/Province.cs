using System.Text.Json.Serialization;

namespace LivcR.Support.Client;

/// <summary>A Flemish province (schema enum <c>Province</c>); each has one provincial platform.</summary>
public enum Province
{
    /// <summary>Antwerpen (key <c>antwerpen</c>).</summary>
    [JsonStringEnumMemberName("ANTWERPEN")]
    Antwerpen,

    /// <summary>Limburg (key <c>limburg</c>).</summary>
    [JsonStringEnumMemberName("LIMBURG")]
    Limburg,

    /// <summary>Oost-Vlaanderen (key <c>oost-vlaanderen</c>).</summary>
    [JsonStringEnumMemberName("OOST_VLAANDEREN")]
    OostVlaanderen,

    /// <summary>Vlaams-Brabant (key <c>vlaams-brabant</c>).</summary>
    [JsonStringEnumMemberName("VLAAMS_BRABANT")]
    VlaamsBrabant,

    /// <summary>West-Vlaanderen (key <c>west-vlaanderen</c>).</summary>
    [JsonStringEnumMemberName("WEST_VLAANDEREN")]
    WestVlaanderen,
}
