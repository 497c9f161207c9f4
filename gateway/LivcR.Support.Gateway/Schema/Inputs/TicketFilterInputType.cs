using GraphQL.Types;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Silo.ReadModel;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a ticket list filter.</summary>
public sealed class TicketFilterInputType : InputObjectGraphType<TicketFilter>
{
    /// <summary>Creates the type.</summary>
    public TicketFilterInputType()
    {
        Name = "TicketFilter";
        Description = "Which tickets to list; all parts are optional and combine with AND.";
        Field<ListGraphType<NonNullGraphType<TicketStatusEnum>>>("statuses").Description("Any of these statuses.");
        Field<ListGraphType<NonNullGraphType<TicketPriorityEnum>>>("priorities").Description("Any of these priorities.");
        Field<StringGraphType>("category").Description("Category key.");
        Field<ProvinceEnum>("province").Description("Province of the municipality.");
        Field<StringGraphType>("municipalityNisCode").Description("One municipality.");
        Field<StringGraphType>("assigneeEmail").Description("Assigned to this staff member.");
        Field<BooleanGraphType>("unassigned").Description("True: only unassigned; false: only assigned.");
        Field<BooleanGraphType>("slaBreached").Description("True: due time passed; false: not passed.");
        Field<FloatGraphType>("dueWithinHours").Description("Due within this many hours from now (or overdue).");
        Field<StringGraphType>("tag").Description("Has this tag.");
        Field<DateTimeOffsetGraphType>("createdFrom").Description("Submitted at or after.");
        Field<DateTimeOffsetGraphType>("createdTo").Description("Submitted before.");
        Field<StringGraphType>("text").Description("Free text in subject and public messages (staff: also internal notes).");
        Field<BooleanGraphType>("personalData").Description("Staff: true, only tickets in which personal data was found (redacted or flagged); false, only tickets without.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new TicketFilter(
        Statuses: List<TicketStatus>(value, "statuses"),
        Priorities: List<TicketPriority>(value, "priorities"),
        Category: Get<string>(value, "category"),
        Province: value.TryGetValue("province", out var p) && p is Province province ? Provinces.Key(province) : null,
        MunicipalityNisCode: Get<string>(value, "municipalityNisCode"),
        AssigneeEmail: Get<string>(value, "assigneeEmail"),
        Unassigned: Get<bool?>(value, "unassigned"),
        SlaBreached: Get<bool?>(value, "slaBreached"),
        DueWithinHours: Get<double?>(value, "dueWithinHours"),
        Tag: Get<string>(value, "tag"),
        CreatedFrom: Get<DateTimeOffset?>(value, "createdFrom"),
        CreatedTo: Get<DateTimeOffset?>(value, "createdTo"),
        Text: Get<string>(value, "text"),
        PersonalData: Get<bool?>(value, "personalData"));

    private static T? Get<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is T typed ? typed : default;

    private static IReadOnlyList<T>? List<T>(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var v) && v is IEnumerable<object?> items ? items.OfType<T>().ToList() : null;
}
