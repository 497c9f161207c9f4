using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Mail.Templates;

/// <summary>
/// The texts of the helpdesk's mail to requesters in Dutch (nl-BE, the default), French and English: acknowledgement,
/// staff reply, status notifications and sign-in code. (The SLA escalation to staff is <c>Tickets.EscalationNotice</c>.)
/// </summary>
/// <remarks>
/// Plain text only. Never an internal note: the staff reply template takes the one public message it is about. French
/// follows its typography (a space before the colon). Subjects carry no ticket tag; the outbox puts it in front.
/// </remarks>
public static class TicketMailTemplates
{
    private const string SignatureNl = "VVSG — ondersteuning radicalisering en polarisering";
    private const string SignatureFr = "VVSG — soutien radicalisation et polarisation";
    private const string SignatureEn = "VVSG — support on radicalisation and polarisation";

    /// <summary>The sentence in an acknowledgement of a question that held personal data (Dutch).</summary>
    public const string PersonalDataNoteNl =
        "Je bericht bevatte persoonsgegevens, zoals een rijksregisternummer, telefoonnummer of rekeningnummer: stuur zulke gegevens liever niet mee, we hebben ze niet nodig om je vraag te beantwoorden.";

    private const string PersonalDataNoteFr =
        "Votre message contenait des données personnelles, comme un numéro de registre national, de téléphone ou de compte : merci de ne pas nous envoyer de telles données, nous n'en avons pas besoin pour répondre à votre question.";

    private const string PersonalDataNoteEn =
        "Your message contained personal data, such as a national register, phone or account number: please do not send such data, we do not need it to answer your question.";

    /// <summary>A new ticket: its number, the subject and the link; with <paramref name="personalData"/>, one sentence asking not to send personal data.</summary>
    public static RenderedMail Acknowledgement(MailLanguage language, string requesterName, string number, string subject, string link, bool personalData = false) =>
        personalData ? WithNote(Acknowledgement(language, requesterName, number, subject, link), language) : language switch
    {
        MailLanguage.Fr => new(
            "Votre question a bien été reçue",
            $"""
            Bonjour {requesterName},

            Nous avons bien reçu votre question. Elle porte le numéro {number}.

            Objet : {subject}

            Suivez votre question sur {link}
            Si vous répondez à ce message, gardez [VVSG #{number}] dans l'objet : votre réponse rejoindra ainsi votre question.

            Ceci est un message automatique.

            {SignatureFr}
            """),
        MailLanguage.En => new(
            "Your question has been received",
            $"""
            Hello {requesterName},

            We have received your question. Its number is {number}.

            Subject: {subject}

            Follow your question at {link}
            If you reply to this mail, keep [VVSG #{number}] in the subject so your reply joins your question.

            This is an automatic message.

            {SignatureEn}
            """),
        _ => new(
            "Je vraag is goed aangekomen",
            $"""
            Goedendag {requesterName},

            We hebben je vraag goed ontvangen. Ze kreeg het nummer {number}.

            Onderwerp: {subject}

            Volg je vraag op {link}
            Antwoord je op deze mail, laat dan [VVSG #{number}] in het onderwerp staan: zo komt je antwoord bij je vraag.

            Dit is een automatisch bericht.

            {SignatureNl}
            """),
    };

    /// <summary>The acknowledgement with the personal-data sentence after its first paragraph.</summary>
    private static RenderedMail WithNote(RenderedMail mail, MailLanguage language)
    {
        var note = language switch
        {
            MailLanguage.Fr => PersonalDataNoteFr,
            MailLanguage.En => PersonalDataNoteEn,
            _ => PersonalDataNoteNl,
        };
        var lines = mail.Body.Split('\n').ToList();
        // After the paragraph that gives the number (greeting, blank line, that paragraph).
        var at = Math.Min(lines.Count, 3);
        lines.InsertRange(at, ["", note]);
        return mail with { Body = string.Join('\n', lines) };
    }

    /// <summary>A staff member's public reply (never an internal note).</summary>
    public static RenderedMail StaffReply(MailLanguage language, string subject, string staffName, string body, string link) => language switch
    {
        MailLanguage.Fr => new(
            $"Réponse à votre question : {subject}",
            $"""
            {body}

            —
            {staffName}, VVSG
            Votre question en ligne : {link}
            Vous pouvez répondre directement à ce message.
            """),
        MailLanguage.En => new(
            $"Reply to your question: {subject}",
            $"""
            {body}

            —
            {staffName}, VVSG
            Your question online: {link}
            You can reply to this mail.
            """),
        _ => new(
            $"Antwoord op je vraag: {subject}",
            $"""
            {body}

            —
            {staffName}, VVSG
            Je vraag online: {link}
            Je kan gewoon op deze mail antwoorden.
            """),
    };

    /// <summary>The statuses a requester is told about: waiting for them, resolved, closed.</summary>
    public static bool IsNotified(TicketStatus status) =>
        status is TicketStatus.WaitingForMunicipality or TicketStatus.Resolved or TicketStatus.Closed;

    /// <summary>A status change the requester should know of (see <see cref="IsNotified"/>).</summary>
    public static RenderedMail StatusChanged(MailLanguage language, string requesterName, string number, string subject, TicketStatus status, int autoCloseDays, string link)
    {
        var (title, text) = StatusText(language, status, autoCloseDays);
        return language switch
        {
            MailLanguage.Fr => new(title, $"""
                Bonjour {requesterName},

                {text}

                Question {number} : {subject}
                {link}

                Ceci est un message automatique.

                {SignatureFr}
                """),
            MailLanguage.En => new(title, $"""
                Hello {requesterName},

                {text}

                Question {number}: {subject}
                {link}

                This is an automatic message.

                {SignatureEn}
                """),
            _ => new(title, $"""
                Goedendag {requesterName},

                {text}

                Vraag {number}: {subject}
                {link}

                Dit is een automatisch bericht.

                {SignatureNl}
                """),
        };
    }

    /// <summary>A one-time sign-in code.</summary>
    public static RenderedMail SignInCode(MailLanguage language, string code, int minutes) => language switch
    {
        MailLanguage.Fr => new(
            "Votre code de connexion au helpdesk VVSG",
            $"""
            Bonjour,

            Votre code de connexion est : {code}

            Il est valable {minutes} minutes et une seule fois. Vous n'avez pas demandé de code ? Ignorez simplement ce message.

            {SignatureFr}
            """),
        MailLanguage.En => new(
            "Your sign-in code for the VVSG helpdesk",
            $"""
            Hello,

            Your sign-in code is: {code}

            It works for {minutes} minutes, once. Did not ask for a code? Then you can ignore this mail.

            {SignatureEn}
            """),
        _ => new(
            "Je aanmeldcode voor de VVSG-helpdesk",
            $"""
            Goedendag,

            Je aanmeldcode is: {code}

            De code werkt {minutes} minuten en één keer. Vroeg je geen code aan? Dan mag je deze mail negeren.

            {SignatureNl}
            """),
    };

    private static (string Title, string Text) StatusText(MailLanguage language, TicketStatus status, int days) => (language, status) switch
    {
        (MailLanguage.Fr, TicketStatus.WaitingForMunicipality) => ("Nous attendons votre réponse", "Pour continuer, nous avons besoin d'informations de votre part. Lisez notre dernier message en ligne ou répondez à ce message."),
        (MailLanguage.Fr, TicketStatus.Resolved) => ("Votre question est résolue", $"Nous considérons votre question comme résolue. Ce n'est pas le cas ? Répondez à ce message dans les {days} jours ; ensuite, la question sera clôturée."),
        (MailLanguage.Fr, _) => ("Votre question est clôturée", "Votre question a été clôturée. Une nouvelle question à ce sujet ? Répondez à ce message : nous ouvrirons une question de suivi."),
        (MailLanguage.En, TicketStatus.WaitingForMunicipality) => ("We are waiting for your reply", "To go on, we need more information from you. Read our latest message online or reply to this mail."),
        (MailLanguage.En, TicketStatus.Resolved) => ("Your question has been resolved", $"We consider your question resolved. If it is not, reply to this mail within {days} days; after that the question is closed."),
        (MailLanguage.En, _) => ("Your question has been closed", "Your question has been closed. Something more about it? Reply to this mail and we open a follow-up question."),
        (_, TicketStatus.WaitingForMunicipality) => ("We wachten op je reactie", "Om verder te kunnen, hebben we meer informatie van je nodig. Lees ons laatste bericht online of antwoord op deze mail."),
        (_, TicketStatus.Resolved) => ("Je vraag is opgelost", $"We beschouwen je vraag als opgelost. Is dat niet zo? Antwoord dan binnen {days} dagen op deze mail; daarna wordt de vraag gesloten."),
        _ => ("Je vraag is gesloten", "Je vraag werd gesloten. Nog iets hierover? Antwoord op deze mail, dan openen we een opvolgvraag."),
    };
}
