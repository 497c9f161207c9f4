namespace LivcR.Support.Client;

/// <summary>A question of a municipality to the VVSG helpdesk (schema input <c>SubmitHelpdeskRequestInput</c>).</summary>
/// <param name="MunicipalityNisCode">NIS code of the asking municipality, e.g. 44021.</param>
/// <param name="Subject">Subject, one line, at most 200 characters.</param>
/// <param name="Body">The question, at most 64 KiB.</param>
/// <param name="RequesterName">Staff only: name of the person asked for. A municipal user is the requester.</param>
/// <param name="RequesterEmail">Staff only: email address of the person asked for.</param>
/// <param name="Confidential">Only the requester and VVSG staff may see the ticket (default false).</param>
/// <param name="Category">Key of an active ticket category (see <see cref="SupportClient.TicketCategoriesAsync"/>), or null.</param>
/// <param name="PreventionLevel">Key of an active prevention level (see <see cref="SupportClient.PreventionLevelsAsync"/>), or null.</param>
/// <param name="ClientRequestId">
/// Idempotency key of this submission (1-100 characters); <see cref="SupportClient.SubmitAsync"/> makes one when null. The same
/// key within 24 hours returns the first ticket instead of a second one.
/// </param>
public sealed record SubmitHelpdeskRequestInput(
    string MunicipalityNisCode,
    string Subject,
    string Body,
    string? RequesterName = null,
    string? RequesterEmail = null,
    bool? Confidential = null,
    string? Category = null,
    string? PreventionLevel = null,
    string? ClientRequestId = null);
