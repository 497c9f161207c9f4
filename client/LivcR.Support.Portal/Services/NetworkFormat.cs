using System.Globalization;

namespace LivcR.Support.Portal.Services;

/// <summary>Prices and places of trainings and meetings, as Flemish readers write them (<c>€ 45,00</c>).</summary>
public static class NetworkFormat
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");

    /// <summary>A price in euro, or null when free.</summary>
    public static string? Price(decimal? euro) => euro is > 0 ? euro.Value.ToString("C", Culture) : null;

    /// <summary>From start to end: the end's time only when both fall on one day.</summary>
    public static string Span(DateTimeOffset start, DateTimeOffset end)
    {
        var brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
        var sameDay = TimeZoneInfo.ConvertTime(start, brussels).Date == TimeZoneInfo.ConvertTime(end, brussels).Date;
        return NlFormat.When(start) + " – " + (sameDay ? TimeZoneInfo.ConvertTime(end, brussels).ToString("HH:mm", Culture) : NlFormat.When(end));
    }
}
