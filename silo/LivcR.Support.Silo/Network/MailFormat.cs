using System.Globalization;
using LivcR.Support.Contracts.Mail;

namespace LivcR.Support.Silo.Network;

/// <summary>How times and greetings look in mails, per language; times in Europe/Brussels.</summary>
public static class MailFormat
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>A date and time, e.g. "dinsdag 12 mei 2026 om 14:00" / "mardi 12 mai 2026 à 14:00" / "Tuesday 12 May 2026 at 14:00".</summary>
    public static string Time(DateTimeOffset time, MailLanguage language)
    {
        var local = TimeZoneInfo.ConvertTime(time, Brussels);
        return language switch
        {
            MailLanguage.Fr => local.ToString("dddd d MMMM yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-BE")),
            MailLanguage.En => local.ToString("dddd d MMMM yyyy 'at' HH:mm", CultureInfo.GetCultureInfo("en-GB")),
            _ => local.ToString("dddd d MMMM yyyy 'om' HH:mm", CultureInfo.GetCultureInfo("nl-BE")),
        };
    }

    /// <summary>The clock time only, e.g. "16:00".</summary>
    public static string Clock(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Brussels).ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>"Beste …," / "Bonjour …," / "Dear …,".</summary>
    public static string Greeting(string name, MailLanguage language) => language switch
    {
        MailLanguage.Fr => $"Bonjour {name},",
        MailLanguage.En => $"Dear {name},",
        _ => $"Beste {name},",
    };

    /// <summary>The closing lines.</summary>
    public static string Closing(MailLanguage language) => language switch
    {
        MailLanguage.Fr => "Cordialement,\nL'équipe radicalisation et polarisation de la VVSG",
        MailLanguage.En => "Kind regards,\nThe VVSG team on radicalisation and polarisation",
        _ => "Met vriendelijke groeten,\nHet team radicalisering en polarisering van VVSG",
    };
}
