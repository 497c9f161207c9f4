using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a person.</summary>
public sealed class PersonType : ObjectGraphType<PersonView>
{
    /// <summary>Creates the type.</summary>
    public PersonType()
    {
        Name = "Person";
        Description = "A person who may sign in, with roles and scopes.";
        Field(p => p.Email).Description("Email address (the person's key).");
        Field(p => p.Name).Description("Full name.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RoleGrantType>>>, IReadOnlyList<RoleGrant>>("roles")
            .Description("Roles with their scopes.")
            .Resolve(ctx => ctx.Source.Roles);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>, IReadOnlyList<MunicipalityInfo>>("municipalities")
            .Description("The municipalities this person works for (MUNICIPAL roles).")
            .ResolveAsync(async ctx => await ctx.RequestServices!.GetRequiredService<DirectoryService>().MunicipalitiesOfAsync(ctx.Source.Roles));
        Field<ListGraphType<NonNullGraphType<ProvinceEnum>>, IReadOnlyList<Province>>("organisedProvinces")
            .Description("The provinces whose platform this person organises (ORGANISER roles).")
            .Resolve(ctx => ctx.Source.Roles.Where(r => r.Role == Role.Organiser)
                .Select(r => Provinces.All.First(p => Provinces.Key(p) == r.Scope)).ToList());
        Field<NonNullGraphType<MailLanguageEnum>, MailLanguage>("mailLanguage")
            .Description("The language this person gets mail in.")
            .Resolve(ctx => ctx.Source.MailLanguage);
        Field<MailUndeliverableType, MailUndeliverable>("undeliverable")
            .Description("Staff and admins: set when mail to this person bounced permanently; null otherwise and for anyone else.")
            .Resolve(ctx => ctx.RequestServices!.GetRequiredService<MailDirectoryService>().UndeliverableFor(ctx.Source));
    }
}
