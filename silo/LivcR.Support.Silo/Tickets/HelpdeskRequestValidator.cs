using System.Text;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Silo.Tickets;

/// <summary>The rules a municipality's question must meet before it becomes a ticket.</summary>
public static class HelpdeskRequestValidator
{
    /// <summary>Longest subject, in characters.</summary>
    public const int MaxSubjectLength = 200;

    /// <summary>Largest body, in UTF-8 bytes (64 KiB).</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>Longest requester name, in characters.</summary>
    public const int MaxNameLength = 200;

    /// <summary>Checks the request and returns it trimmed and normalised; throws BAD_USER_INPUT naming the first wrong field.</summary>
    public static NewTicket Validate(HelpdeskRequest request, DateTimeOffset submittedAt)
    {
        var nisCode = request.MunicipalityNisCode?.Trim() ?? string.Empty;
        if (nisCode.Length != 5 || !nisCode.All(char.IsAsciiDigit))
        {
            throw SupportException.BadInput("municipalityNisCode", "De NIS-code moet uit vijf cijfers bestaan (bv. 11002).");
        }

        var subject = SingleLine(request.Subject, "subject", "Het onderwerp", MaxSubjectLength);
        var body = Body(request.Body, "body");
        var name = SingleLine(request.RequesterName, "requesterName", "De naam van de aanvrager", MaxNameLength);
        var email = EmailAddressRule.Normalise(request.RequesterEmail)
            ?? throw SupportException.BadInput("requesterEmail", "Het e-mailadres van de aanvrager is ongeldig.");

        return new NewTicket(nisCode, subject, body, new TicketPerson(name, email), submittedAt, request.Confidential, request.FollowUpOf,
            Blank(request.Category), Blank(request.PreventionLevel));
    }

    /// <summary>A message text: trimmed, line ends normalised, not empty, at most 64 KiB, no control characters.</summary>
    public static string Body(string? text, string field)
    {
        var body = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        if (body.Length == 0)
        {
            throw SupportException.BadInput(field, "Het bericht mag niet leeg zijn.");
        }

        if (Encoding.UTF8.GetByteCount(body) > MaxBodyBytes)
        {
            throw SupportException.BadInput(field, $"Het bericht is te lang (maximaal {MaxBodyBytes / 1024} KiB).");
        }

        if (body.Any(c => char.IsControl(c) && c is not ('\n' or '\t')))
        {
            throw SupportException.BadInput(field, "Het bericht bevat ongeldige tekens.");
        }

        return body;
    }

    private static string? Blank(string? key) => string.IsNullOrWhiteSpace(key) ? null : key.Trim();

    private static string SingleLine(string? value, string field, string label, int maxLength)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            throw SupportException.BadInput(field, $"{label} mag niet leeg zijn.");
        }

        if (text.Length > maxLength)
        {
            throw SupportException.BadInput(field, $"{label} mag hoogstens {maxLength} tekens lang zijn.");
        }

        if (text.Any(char.IsControl))
        {
            throw SupportException.BadInput(field, $"{label} moet op één regel staan, zonder stuurtekens.");
        }

        return text;
    }
}
