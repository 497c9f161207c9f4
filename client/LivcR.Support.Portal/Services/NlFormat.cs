using System.Globalization;

namespace LivcR.Support.Portal.Services;

/// <summary>Dates and numbers as Flemish readers write them: <c>2 december 2026 14:05</c> (Brussels time), <c>1.234</c>.</summary>
public static class NlFormat
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-BE");
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>A moment, in Brussels time.</summary>
    public static string When(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Brussels).ToString("d MMMM yyyy HH:mm", Culture);

    /// <summary>A day, in Brussels time.</summary>
    public static string Day(DateTimeOffset moment) =>
        TimeZoneInfo.ConvertTime(moment, Brussels).ToString("d MMMM yyyy", Culture);

    /// <summary>A day without a time of its own.</summary>
    public static string Day(DateOnly day) => day.ToString("d MMMM yyyy", Culture);

    /// <summary>A machine-readable moment for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A whole number with thousands dots.</summary>
    public static string Number(long value) => value.ToString("N0", Culture);

    /// <summary>A file size in kB or MB.</summary>
    public static string Size(long bytes) => bytes < 1024 * 1024
        ? (Math.Max(1, bytes / 1024.0)).ToString("0", Culture) + " kB"
        : (bytes / 1024.0 / 1024.0).ToString("0.#", Culture) + " MB";

    /// <summary>A length of time in words: <c>2 dagen 3 uur</c>, <c>1 uur 5 min</c>, <c>12 min</c>, <c>minder dan 1 min</c>.</summary>
    public static string Duration(TimeSpan length)
    {
        if (length < TimeSpan.FromMinutes(1))
        {
            return "minder dan 1 min";
        }

        if (length.TotalDays >= 1)
        {
            var days = (int)length.TotalDays;
            return (days == 1 ? "1 dag" : $"{days} dagen") + (length.Hours > 0 ? $" {length.Hours} uur" : "");
        }

        return length.TotalHours >= 1
            ? $"{(int)length.TotalHours} uur" + (length.Minutes > 0 ? $" {length.Minutes} min" : "")
            : $"{length.Minutes} min";
    }
}
