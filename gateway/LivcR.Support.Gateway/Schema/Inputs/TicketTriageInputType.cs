using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a triage change.</summary>
public sealed class TicketTriageInputType : InputObjectGraphType<TicketTriage>
{
    /// <summary>Creates the type.</summary>
    public TicketTriageInputType()
    {
        Name = "TicketTriageInput";
        Description = "Staff changes; leave a field out to keep it, send an empty string to clear a text field.";
        Field<IntGraphType>("expectedVersion").Description("The version you saw; CONFLICT when the ticket changed since.");
        Field<TicketStatusEnum>("status").Description("New status (CONFLICT when the move is not allowed).");
        Field<TicketPriorityEnum>("priority").Description("New priority.");
        Field<StringGraphType>("category").Description("Category key, or empty to clear.");
        Field<StringGraphType>("preventionLevel").Description("Prevention level key, or empty to clear.");
        Field<StringGraphType>("assigneeEmail").Description("A staff member's email, or empty to unassign.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("tags").Description("The full new list of tags.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new TicketTriage(
        new TicketActor(string.Empty, string.Empty, false),
        value.TryGetValue("expectedVersion", out var v) && v is int version ? version : null,
        value.TryGetValue("status", out var s) && s is TicketStatus status ? status : null,
        value.TryGetValue("priority", out var p) && p is TicketPriority priority ? priority : null,
        value.TryGetValue("category", out var c) ? c as string ?? (c is null ? string.Empty : null) : null,
        value.TryGetValue("preventionLevel", out var l) ? l as string ?? (l is null ? string.Empty : null) : null,
        value.TryGetValue("assigneeEmail", out var a) ? a as string ?? (a is null ? string.Empty : null) : null,
        value.TryGetValue("tags", out var t) && t is IEnumerable<object?> tags ? tags.OfType<string>().ToList() : null);
}
