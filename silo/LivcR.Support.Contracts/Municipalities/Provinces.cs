namespace LivcR.Support.Contracts.Municipalities;

/// <summary>Names and grain keys of the provinces, kept in one place.</summary>
public static class Provinces
{
    /// <summary>All five provinces in alphabetical order.</summary>
    public static IReadOnlyList<Province> All { get; } =
        [Province.Antwerpen, Province.Limburg, Province.OostVlaanderen, Province.VlaamsBrabant, Province.WestVlaanderen];

    /// <summary>The official Dutch name, e.g. "Oost-Vlaanderen".</summary>
    public static string DisplayName(Province province) => province switch
    {
        Province.Antwerpen => "Antwerpen",
        Province.Limburg => "Limburg",
        Province.OostVlaanderen => "Oost-Vlaanderen",
        Province.VlaamsBrabant => "Vlaams-Brabant",
        Province.WestVlaanderen => "West-Vlaanderen",
        _ => throw new ArgumentOutOfRangeException(nameof(province), province, "Unknown province."),
    };

    /// <summary>Parses the official Dutch name (case-insensitive); null when it is not a Flemish province.</summary>
    public static Province? FromDisplayName(string name)
    {
        foreach (var province in All)
        {
            if (string.Equals(DisplayName(province), name.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                return province;
            }
        }

        return null;
    }

    /// <summary>The grain key of a province's platform: a stable lower-case slug such as "oost-vlaanderen".</summary>
    public static string Key(Province province) => DisplayName(province).ToLowerInvariant();
}
