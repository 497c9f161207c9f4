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
        Field<NonNullGraphType<StringGraphType>>("requesterName").Description("Name of the person asking.");
        Field<NonNullGraphType<StringGraphType>>("requesterEmail").Description("Email address of the person asking.");
    }

    /// <inheritdoc/>
    public override object ParseDictionary(IDictionary<string, object?> value) => new HelpdeskRequest(
        Text(value, "municipalityNisCode"),
        Text(value, "subject"),
        Text(value, "body"),
        Text(value, "requesterName"),
        Text(value, "requesterEmail"));

    private static string Text(IDictionary<string, object?> value, string name) =>
        value.TryGetValue(name, out var text) && text is string s ? s : string.Empty;
}
