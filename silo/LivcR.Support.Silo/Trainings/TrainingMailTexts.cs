using System.Globalization;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Silo.Trainings;

/// <summary>The mails of trainings, in Dutch (nl-BE) with French and English variants.</summary>
public static class TrainingMailTexts
{
    /// <summary>A seat is confirmed (the calendar file is attached).</summary>
    public static MailText Confirmed(MailLanguage language, string name, string title, TrainingSessionInput session) => language switch
    {
        MailLanguage.Fr => new($"Inscription confirmée : {title}", Body(language, name, $"Votre inscription à « {title} » est confirmée.", session)),
        MailLanguage.En => new($"Registration confirmed: {title}", Body(language, name, $"Your registration for \"{title}\" is confirmed.", session)),
        _ => new($"Inschrijving bevestigd: {title}", Body(language, name, $"Je inschrijving voor \"{title}\" is bevestigd.", session)),
    };

    /// <summary>The session is full: on the waitlist, with the position.</summary>
    public static MailText Waitlisted(MailLanguage language, string name, string title, TrainingSessionInput session, int position) => language switch
    {
        MailLanguage.Fr => new($"Liste d'attente : {title}", Body(language, name, $"La session de « {title} » est complète. Vous êtes n° {position} sur la liste d'attente; nous vous écrivons dès qu'une place se libère.", session)),
        MailLanguage.En => new($"Waitlist: {title}", Body(language, name, $"The session of \"{title}\" is full. You are number {position} on the waitlist; we will write as soon as a seat frees up.", session)),
        _ => new($"Wachtlijst: {title}", Body(language, name, $"De sessie van \"{title}\" is volzet. Je staat op plaats {position} van de wachtlijst; we laten het weten zodra er een plaats vrijkomt.", session)),
    };

    /// <summary>Promoted from the waitlist to a seat (the calendar file is attached).</summary>
    public static MailText Promoted(MailLanguage language, string name, string title, TrainingSessionInput session) => language switch
    {
        MailLanguage.Fr => new($"Une place s'est libérée : {title}", Body(language, name, $"Une place s'est libérée : votre inscription à « {title} » est maintenant confirmée.", session)),
        MailLanguage.En => new($"A seat became free: {title}", Body(language, name, $"A seat became free: your registration for \"{title}\" is now confirmed.", session)),
        _ => new($"Er is een plaats vrijgekomen: {title}", Body(language, name, $"Er is een plaats vrijgekomen: je inschrijving voor \"{title}\" is nu bevestigd.", session)),
    };

    /// <summary>The registration is cancelled (a cancelling calendar file is attached).</summary>
    public static MailText Cancelled(MailLanguage language, string name, string title, TrainingSessionInput session) => language switch
    {
        MailLanguage.Fr => new($"Inscription annulée : {title}", Body(language, name, $"Votre inscription à « {title} » est annulée.", session)),
        MailLanguage.En => new($"Registration cancelled: {title}", Body(language, name, $"Your registration for \"{title}\" is cancelled.", session)),
        _ => new($"Inschrijving geannuleerd: {title}", Body(language, name, $"Je inschrijving voor \"{title}\" is geannuleerd.", session)),
    };

    private static string Body(MailLanguage language, string name, string text, TrainingSessionInput session)
    {
        var where = string.Join("\n", new[] { session.Place, session.OnlineLink }.Where(w => w is not null));
        var price = session.Price is { } euro
            ? euro.ToString("C", CultureInfo.GetCultureInfo(language switch { MailLanguage.Fr => "fr-BE", MailLanguage.En => "en-IE", _ => "nl-BE" }))
            : language switch { MailLanguage.Fr => "gratuit", MailLanguage.En => "free", _ => "gratis" };
        var (when, place, cost) = language switch
        {
            MailLanguage.Fr => ("Quand :", "Où :", "Prix :"),
            MailLanguage.En => ("When:", "Where:", "Price:"),
            _ => ("Wanneer:", "Waar:", "Prijs:"),
        };
        return $"{MailFormat.Greeting(name, language)}\n\n{text}\n\n{when} {MailFormat.Time(session.StartsAt, language)} – {MailFormat.Clock(session.EndsAt)}\n{place}\n{where}\n{cost} {price}\n\n{MailFormat.Closing(language)}\n";
    }
}
