using GraphQL.Types;
using LivcR.Support.Contracts.Tickets;

namespace LivcR.Support.Gateway.Schema.Inputs;

/// <summary>GraphQL input of a new helpdesk question.</summary>
public sealed class SubmitHelpdeskRequestInputType : InputObjectGraphType<HelpdeskRequest>
{
    /// <summary>Creates the type.</summary>
    public SubmitHelpdeskRequestInputType()
    {
        Name = "SubmitHelpdeskRequestInput";
        Description = "A question of a municipality to the VVSG helpdesk.";
        Field<NonNullGraphType<StringGraphType>>("municipalityNisCode").Description("NIS code of the asking municipality, e.g. 11002.");
        Field<NonNullGraphType<StringGraphType>>("subject").Description("Subject, one line, at most 200 characters.");
        Field<NonNullGraphType<StringGraphType>>("body").Description("The question, at most 64 KiB.");
        Field<StringGraphType>("requesterName").Description("Staff only: name of the person asked for. A municipal user is the requester.");
        Field<StringGraphType>("requesterEmail").Description("Staff only: email address of the person asked for.");
        Field<BooleanGraphType>("confidential").Description("Only the requester and VVSG staff may see the ticket (default false).");
        Field<StringGraphType>("category").Description("Key of an active ticket category (see ticketCategories); BAD_USER_INPUT for another.");
        Field<StringGraphType>("preventionLevel").Description("Key of an active prevention level (see preventionLevels); BAD_USER_INPUT for another.");
        Field<StringGraphType>("clientRequestId").Description(ClientRequestIdDescription);
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new HelpdeskRequest(
        Text(value, "municipalityNisCode"),
        Text(value, "subject"),
        Text(value, "body"),
        Text(value, "requesterName"),
        Text(value, "requesterEmail"),
        value.TryGetValue("confidential", out var confidential) && confidential is true,
        Category: Optional(value, "category"),
        PreventionLevel: Optional(value, "preventionLevel"),
        ClientRequestId: Optional(value, "clientRequestId"));

    private static string? Optional(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var text) && text is string s ? s : null;

    /// <summary>The description of every <c>clientRequestId</c> argument and input field.</summary>
    public const string ClientRequestIdDescription =
        "Idempotency key, 1-100 characters, new for every form submission (e.g. a UUID). The same key from the same caller " +
        "within 24 hours returns the first result instead of creating again — also when the first attempt's answer was lost " +
        "or the server restarted — so a request that got no answer can safely be sent again.";

    private static string Text(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var text) && text is string s ? s : string.Empty;
}
