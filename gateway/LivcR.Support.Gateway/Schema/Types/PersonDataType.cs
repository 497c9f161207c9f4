using GraphQL.Types;
using LivcR.Support.Gateway.Services.Privacy;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a person's data export (GDPR art. 15).</summary>
public sealed class PersonDataType : ObjectGraphType<PersonDataExport>
{
    /// <summary>Creates the type.</summary>
    public PersonDataType()
    {
        Name = "PersonData";
        Description = "Everything stored about one person; the whole export is in `json`, or as a ZIP with their uploads from GET /exports/person-data.zip?email=….";
        Field(p => p.Email).Description("The address.");
        Field(p => p.ExportedAt).Description("When the export was made.");
        Field<StringGraphType, string?>("name").Description("Their name; null when the address has no profile.").Resolve(ctx => ctx.Source.Person?.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantType>>>, IReadOnlyList<Contracts.People.RoleGrant>>("roles")
            .Description("Their roles (erasure is refused while there are any).")
            .Resolve(ctx => ctx.Source.Person?.Roles ?? []);
        Field<NonNullGraphType<IntGraphType>, int>("ticketCount").Description("Tickets they asked, handle or wrote in.").Resolve(ctx => ctx.Source.Tickets.Count);
        Field<NonNullGraphType<IntGraphType>, int>("communityCount").Description("Platforms and groups that name them.").Resolve(ctx => ctx.Source.Communities.Count);
        Field<NonNullGraphType<IntGraphType>, int>("registrationCount").Description("Training registrations.").Resolve(ctx => ctx.Source.Trainings.Count);
        Field<NonNullGraphType<IntGraphType>, int>("mailCount").Description("Mail sent to them.").Resolve(ctx => ctx.Source.Mail.Count);
        Field<NonNullGraphType<IntGraphType>, int>("auditEntryCount").Description("Audit entries by or about them.").Resolve(ctx => ctx.Source.Audit.Count);
        Field<NonNullGraphType<StringGraphType>, string>("json")
            .Description("The whole export as JSON (profile, roles, tickets with their own entries, memberships, registrations, mail, audit entries).")
            .Resolve(ctx => System.Text.Json.JsonSerializer.Serialize(ctx.Source, PersonDataService.Json));
    }
}
