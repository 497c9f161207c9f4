using System.Globalization;
using LivcR.Support.Client;

namespace LivcR.Support.Portal.Services;

/// <summary>
/// What the console, administration and desk pages write in addresses and forms: province keys (<c>oost-vlaanderen</c>, as
/// in the ORGANISER role's scope) and a day with a time of day in Brussels time, as the date and time inputs send them.
/// </summary>
public static class ConsoleFormat
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The province's key, e.g. <c>oost-vlaanderen</c>.</summary>
    public static string Key(Province province) => province switch
    {
        Province.Antwerpen => "antwerpen",
        Province.Limburg => "limburg",
        Province.OostVlaanderen => "oost-vlaanderen",
        Province.VlaamsBrabant => "vlaams-brabant",
        Province.WestVlaanderen => "west-vlaanderen",
        _ => throw new ArgumentOutOfRangeException(nameof(province)),
    };

    /// <summary>The province with this key, or null.</summary>
    public static Province? ProvinceOf(string? key) =>
        Enum.GetValues<Province>().Cast<Province?>().FirstOrDefault(p => string.Equals(Key(p!.Value), key, StringComparison.OrdinalIgnoreCase));

    /// <summary>A day as a date input writes it (<c>2026-12-02</c>), in Brussels time.</summary>
    public static string DateValue(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Brussels).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A time of day as a time input writes it (<c>14:05</c>), in Brussels time.</summary>
    public static string TimeValue(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Brussels).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The moment of a day (<c>yyyy-MM-dd</c>) and time of day (<c>HH:mm</c>) in Brussels, or null when either is not one.</summary>
    public static DateTimeOffset? Moment(string? day, string? time)
    {
        if (!DateOnly.TryParseExact((day ?? "").Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            || !TimeOnly.TryParseExact((time ?? "").Trim(), ["HH:mm", "HH:mm:ss", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var clock))
        {
            return null;
        }

        var local = date.ToDateTime(clock, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Brussels.GetUtcOffset(local));
    }

    /// <summary>Null for an empty or blank value, else the value trimmed (optional fields of a form).</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
