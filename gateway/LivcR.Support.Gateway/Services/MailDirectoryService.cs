using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>What feeds the email channel: municipality email domains, mail languages, undeliverable addresses. Changes are audited.</summary>
public sealed class MailDirectoryService(IGrainFactory grains, CallerContext request, AuditLog audit, DirectoryService directory)
{
    /// <summary>A municipality's email domains; null when the caller may not see them.</summary>
    public async Task<IReadOnlyList<string>?> EmailDomainsAsync(string nisCode)
    {
        var actor = request.RequireActor();
        return MailDirectoryAccess.CanSeeEmailDomains(actor, nisCode) ? await grains.Municipality(nisCode).GetEmailDomainsAsync() : null;
    }

    /// <summary>Replaces a municipality's email domains (staff and admins).</summary>
    public async Task<MunicipalityInfo> SetEmailDomainsAsync(string nisCode, IReadOnlyList<string> domains)
    {
        var actor = request.RequireActor();
        var target = $"municipality:{nisCode.Trim()}";
        if (!MailDirectoryAccess.CanManageEmailDomains(actor))
        {
            await audit.RecordAsync(actor.Email, "municipality.set-email-domains", target, request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers en beheerders wijzigen de maildomeinen van een gemeente.");
        }

        var municipality = await directory.MunicipalityAsync(nisCode);
        await grains.Municipality(municipality.NisCode).SetEmailDomainsAsync(domains ?? []);
        await audit.RecordAsync(actor.Email, "municipality.set-email-domains", target, request.Ip, AuditOutcome.Ok);
        return municipality;
    }

    /// <summary>Sets the caller's own mail language.</summary>
    public Task<PersonView> SetMyMailLanguageAsync(MailLanguage language) =>
        SetMailLanguageAsync(request.RequireActor().Email, language);

    /// <summary>Sets a person's mail language (the person themselves or an admin).</summary>
    public async Task<PersonView> SetMailLanguageAsync(string email, MailLanguage language)
    {
        var actor = request.RequireActor();
        var key = Key(email);
        if (!MailDirectoryAccess.CanSetMailLanguage(actor, key))
        {
            await audit.RecordAsync(actor.Email, "person.set-mail-language", $"person:{key}", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel de persoon zelf of een beheerder kiest de taal van de mails.");
        }

        var person = await grains.Person(key).SetMailLanguageAsync(language);
        await audit.RecordAsync(actor.Email, $"person.set-mail-language:{language.ToString().ToLowerInvariant()}", $"person:{key}", request.Ip, AuditOutcome.Ok);
        return person;
    }

    /// <summary>Language and deliverability of an address (staff and admins), also for an address no person has.</summary>
    public async Task<PersonMailStatus> MailStatusAsync(string email)
    {
        var actor = request.RequireActor();
        var key = Key(email);
        if (!MailDirectoryAccess.CanManageDeliverability(actor))
        {
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers en beheerders zien of een adres onbestelbaar is.");
        }

        return await grains.Person(key).GetMailStatusAsync();
    }

    /// <summary>Clears the undeliverable flag of an address (staff and admins), so mail is tried again.</summary>
    public async Task<PersonMailStatus> ClearUndeliverableAsync(string email)
    {
        var actor = request.RequireActor();
        var key = Key(email);
        if (!MailDirectoryAccess.CanManageDeliverability(actor))
        {
            await audit.RecordAsync(actor.Email, "person.clear-undeliverable", $"person:{key}", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel VVSG-medewerkers en beheerders heffen een onbestelbaar-markering op.");
        }

        var status = await grains.Person(key).ClearUndeliverableAsync();
        await audit.RecordAsync(actor.Email, "person.clear-undeliverable", $"person:{key}", request.Ip, AuditOutcome.Ok);
        return status;
    }

    /// <summary>A person's undeliverable flag as the caller may see it: staff and admins only.</summary>
    public MailUndeliverable? UndeliverableFor(PersonView person) =>
        request.Actor is { } actor && MailDirectoryAccess.CanManageDeliverability(actor) ? person.Undeliverable : null;

    private static string Key(string email) =>
        PersonKeys.Normalise(EmailAddressRule.Normalise(email) ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres."));
}
