namespace LivcR.Support.Client;

/// <summary>A question of a municipality to the VVSG helpdesk, with its thread (schema type <c>Ticket</c>).</summary>
/// <param name="Number">The ticket number, e.g. 2026-00042.</param>
/// <param name="Subject">The subject.</param>
/// <param name="Status">Where the ticket stands.</param>
/// <param name="Priority">How urgent it is.</param>
/// <param name="Municipality">The municipality that asked; null for mail from an unknown sender, until staff assign one.</param>
/// <param name="Requester">Who asked.</param>
/// <param name="Messages">The public messages, oldest first.</param>
/// <param name="Confidential">Only the requester and VVSG staff see a confidential ticket.</param>
/// <param name="Category">Category key (see <see cref="SupportClient.TicketCategoriesAsync"/>).</param>
/// <param name="PreventionLevel">Prevention level key (see <see cref="SupportClient.PreventionLevelsAsync"/>).</param>
/// <param name="Tags">Tags.</param>
/// <param name="AssigneeEmail">The VVSG staff member handling it.</param>
/// <param name="Links">Numbers of related tickets.</param>
/// <param name="MergedInto">The ticket this one was merged into.</param>
/// <param name="FirstResponseDue">When a first answer is due; null once answered or while waiting for the municipality.</param>
/// <param name="ResolutionDue">When a resolution is due; null once resolved or while waiting.</param>
/// <param name="FirstResponseAt">When VVSG first answered.</param>
/// <param name="SlaBreached">An SLA target was missed and escalated.</param>
/// <param name="Attachments">Attachments (metadata); internal ones only for staff.</param>
/// <param name="SlaPauses">When the SLA clock stood still (waiting for the municipality), oldest first.</param>
/// <param name="Entries">The whole thread, oldest first: messages, system events and (staff only) internal notes.</param>
/// <param name="CreatedAt">When it was submitted.</param>
/// <param name="UpdatedAt">Last change.</param>
/// <param name="Version">Increases with every change; pass it as <c>expectedVersion</c> to detect conflicting changes.</param>
/// <param name="PersonalDataFlags">Personal data the intake found in the ticket's texts, per kind, redacted or flagged; empty when none.</param>
/// <param name="LegalHold">Under legal hold: not anonymised when the retention period ends.</param>
/// <param name="AnonymisedAt">When retention anonymised the ticket; null before.</param>
public sealed record Ticket(
    string Number,
    string Subject,
    TicketStatus Status,
    TicketPriority Priority,
    Municipality? Municipality,
    TicketPerson Requester,
    IReadOnlyList<TicketMessage> Messages,
    bool Confidential,
    string? Category,
    string? PreventionLevel,
    IReadOnlyList<string> Tags,
    string? AssigneeEmail,
    IReadOnlyList<string> Links,
    string? MergedInto,
    DateTimeOffset? FirstResponseDue,
    DateTimeOffset? ResolutionDue,
    DateTimeOffset? FirstResponseAt,
    bool SlaBreached,
    IReadOnlyList<TicketAttachment> Attachments,
    IReadOnlyList<TicketSlaPause> SlaPauses,
    IReadOnlyList<TicketEntry> Entries,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    int Version,
    IReadOnlyList<PersonalDataFlag> PersonalDataFlags,
    bool LegalHold = false,
    DateTimeOffset? AnonymisedAt = null);
