using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Silo.Network;

/// <summary>The mails of platforms and groups, in Dutch (nl-BE) with French and English variants.</summary>
public static class NetworkMailTexts
{
    /// <summary>An invitation to join, with the link and the code.</summary>
    public static MailText Invitation(MailLanguage language, string name, string community, string link, string code, DateTimeOffset expiresAt) => language switch
    {
        MailLanguage.Fr => new($"Invitation : {community}", Body(language, name,
            $"Vous êtes invité(e) à rejoindre « {community} ».\n\nAcceptez l'invitation via ce lien :\n{link}\n\nou avec le code {code}.\nL'invitation est valable jusqu'au {MailFormat.Time(expiresAt, language)}.")),
        MailLanguage.En => new($"Invitation: {community}", Body(language, name,
            $"You are invited to join \"{community}\".\n\nAccept the invitation with this link:\n{link}\n\nor with the code {code}.\nThe invitation is valid until {MailFormat.Time(expiresAt, language)}.")),
        _ => new($"Uitnodiging: {community}", Body(language, name,
            $"Je bent uitgenodigd om lid te worden van \"{community}\".\n\nAanvaard de uitnodiging via deze link:\n{link}\n\nof met de code {code}.\nDe uitnodiging is geldig tot {MailFormat.Time(expiresAt, language)}.")),
    };

    /// <summary>To the requester: the request came in.</summary>
    public static MailText RequestReceived(MailLanguage language, string name, string group) => language switch
    {
        MailLanguage.Fr => new($"Demande reçue : {group}", Body(language, name, $"Nous avons bien reçu votre demande pour rejoindre « {group} ». L'équipe de la VVSG vous répondra bientôt.")),
        MailLanguage.En => new($"Request received: {group}", Body(language, name, $"We received your request to join \"{group}\". The VVSG team will answer soon.")),
        _ => new($"Aanvraag ontvangen: {group}", Body(language, name, $"We ontvingen je aanvraag om lid te worden van \"{group}\". Het VVSG-team beantwoordt ze binnenkort.")),
    };

    /// <summary>To staff: someone asks to join.</summary>
    public static MailText RequestForStaff(MailLanguage language, JoinRequest request, string group) => language switch
    {
        MailLanguage.Fr => new($"Nouvelle demande d'adhésion : {group}", $"{request.Name} ({request.Email}) demande à rejoindre « {group} ».\n\nMotivation :\n{request.Motivation}\n\nAcceptez ou refusez la demande dans le portail."),
        MailLanguage.En => new($"New request to join: {group}", $"{request.Name} ({request.Email}) asks to join \"{group}\".\n\nMotivation:\n{request.Motivation}\n\nApprove or decline the request in the portal."),
        _ => new($"Nieuwe aanvraag tot lidmaatschap: {group}", $"{request.Name} ({request.Email}) vraagt lid te worden van \"{group}\".\n\nMotivatie:\n{request.Motivation}\n\nKeur de aanvraag goed of weiger ze in het portaal."),
    };

    /// <summary>To the requester: approved.</summary>
    public static MailText Approved(MailLanguage language, string name, string group) => language switch
    {
        MailLanguage.Fr => new($"Bienvenue : {group}", Body(language, name, $"Votre demande est acceptée : vous êtes maintenant membre de « {group} ».")),
        MailLanguage.En => new($"Welcome: {group}", Body(language, name, $"Your request was approved: you are now a member of \"{group}\".")),
        _ => new($"Welkom: {group}", Body(language, name, $"Je aanvraag is goedgekeurd: je bent nu lid van \"{group}\".")),
    };

    /// <summary>To the requester: declined, with the reason.</summary>
    public static MailText Declined(MailLanguage language, string name, string group, string reason) => language switch
    {
        MailLanguage.Fr => new($"Votre demande : {group}", Body(language, name, $"Votre demande pour rejoindre « {group} » n'a pas été acceptée.\n\nRaison :\n{reason}")),
        MailLanguage.En => new($"Your request: {group}", Body(language, name, $"Your request to join \"{group}\" was declined.\n\nReason:\n{reason}")),
        _ => new($"Je aanvraag: {group}", Body(language, name, $"Je aanvraag om lid te worden van \"{group}\" werd niet goedgekeurd.\n\nReden:\n{reason}")),
    };

    /// <summary>A meeting invitation (or its change), with when and where and the agenda.</summary>
    public static MailText Meeting(MailLanguage language, string name, string community, Meeting meeting, bool changed)
    {
        var where = string.Join("\n", new[] { meeting.Place, meeting.OnlineLink }.Where(w => w is not null));
        return language switch
        {
            MailLanguage.Fr => new($"{(changed ? "Modifié : réunion" : "Réunion")} {community} – {MailFormat.Time(meeting.StartsAt, language)}", Body(language, name,
                $"{(changed ? "La réunion a été modifiée." : "Vous êtes invité(e) à la prochaine réunion.")}\n\nQuand : {MailFormat.Time(meeting.StartsAt, language)} – {MailFormat.Clock(meeting.EndsAt)}\nOù :\n{where}\n\nOrdre du jour :\n{meeting.Agenda}\n\nL'invitation pour votre agenda est jointe.")),
            MailLanguage.En => new($"{(changed ? "Changed: meeting" : "Meeting")} {community} – {MailFormat.Time(meeting.StartsAt, language)}", Body(language, name,
                $"{(changed ? "The meeting has changed." : "You are invited to the next meeting.")}\n\nWhen: {MailFormat.Time(meeting.StartsAt, language)} – {MailFormat.Clock(meeting.EndsAt)}\nWhere:\n{where}\n\nAgenda:\n{meeting.Agenda}\n\nThe invitation for your calendar is attached.")),
            _ => new($"{(changed ? "Gewijzigd: vergadering" : "Vergadering")} {community} – {MailFormat.Time(meeting.StartsAt, language)}", Body(language, name,
                $"{(changed ? "De vergadering is gewijzigd." : "Je bent uitgenodigd op de volgende vergadering.")}\n\nWanneer: {MailFormat.Time(meeting.StartsAt, language)} – {MailFormat.Clock(meeting.EndsAt)}\nWaar:\n{where}\n\nAgenda:\n{meeting.Agenda}\n\nDe uitnodiging voor je agenda zit in de bijlage.")),
        };
    }

    private static string Body(MailLanguage language, string name, string text) =>
        $"{MailFormat.Greeting(name, language)}\n\n{text}\n\n{MailFormat.Closing(language)}\n";
}
