using GraphQL;
using GraphQL.Types;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Schema.Enums;
using LivcR.Support.Gateway.Schema.Types;
using LivcR.Support.Gateway.Services;

namespace LivcR.Support.Gateway.Schema;

/// <summary>The root fields that feed the email channel: municipality email domains, mail languages, undeliverable addresses.</summary>
public static class MailDirectoryFields
{
    /// <summary>Adds the queries.</summary>
    public static void AddMailDirectoryFields(this SupportQuery query) =>
        query.Field<NonNullGraphType<PersonMailStatusType>, PersonMailStatus>("personMailStatus")
            .Description("Staff and admins: the mail language of an address and whether mail to it bounced permanently (also for an address no person has).")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .ResolveAsync(async ctx => await Service(ctx).MailStatusAsync(ctx.GetArgument<string>("email")));

    /// <summary>Adds the mutations.</summary>
    public static void AddMailDirectoryFields(this SupportMutation mutation)
    {
        mutation.Field<NonNullGraphType<MunicipalityType>, MunicipalityInfo>("setMunicipalityEmailDomains")
            .Description("Staff and admins: the email domains mail from this municipality comes from (replaces the list). CONFLICT when a domain belongs to another municipality; nothing changes then.")
            .Argument<NonNullGraphType<StringGraphType>>("nisCode", "The municipality's NIS code.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("domains", "The domains, e.g. [\"gent.be\", \"stad.gent\"]; an empty list removes them all.")
            .ResolveAsync(async ctx => await Service(ctx).SetEmailDomainsAsync(ctx.GetArgument<string>("nisCode"), ctx.GetArgument<List<string>>("domains")));

        mutation.Field<NonNullGraphType<PersonType>, PersonView>("setMyMailLanguage")
            .Description("The language you get mail in.")
            .Argument<NonNullGraphType<MailLanguageEnum>>("language", "NL, FR or EN.")
            .ResolveAsync(async ctx => await Service(ctx).SetMyMailLanguageAsync(ctx.GetArgument<MailLanguage>("language")));

        mutation.Field<NonNullGraphType<PersonType>, PersonView>("setPersonMailLanguage")
            .Description("Admins (or the person themselves): the language a person gets mail in.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The person's email address.")
            .Argument<NonNullGraphType<MailLanguageEnum>>("language", "NL, FR or EN.")
            .ResolveAsync(async ctx => await Service(ctx).SetMailLanguageAsync(ctx.GetArgument<string>("email"), ctx.GetArgument<MailLanguage>("language")));

        mutation.Field<NonNullGraphType<PersonMailStatusType>, PersonMailStatus>("clearPersonUndeliverable")
            .Description("Staff and admins: mail to this address is tried again after it bounced permanently.")
            .Argument<NonNullGraphType<StringGraphType>>("email", "The email address.")
            .ResolveAsync(async ctx => await Service(ctx).ClearUndeliverableAsync(ctx.GetArgument<string>("email")));
    }

    private static MailDirectoryService Service(IResolveFieldContext ctx) =>
        ctx.RequestServices!.GetRequiredService<MailDirectoryService>();
}
