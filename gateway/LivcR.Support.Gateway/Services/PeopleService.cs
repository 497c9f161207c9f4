using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;
using LivcR.Support.Silo.Tickets;

namespace LivcR.Support.Gateway.Services;

/// <summary>Who am I, and (admins) people and their roles; every change is audited.</summary>
public sealed class PeopleService(IGrainFactory grains, CallerContext request, AuditLog audit)
{
    /// <summary>The signed-in person with the roles that count for them.</summary>
    public async Task<PersonView> MeAsync()
    {
        var actor = request.RequireActor();
        var person = await grains.Person(actor.Email).GetAsync();
        return new PersonView(actor.Email, person?.Name ?? actor.Email, actor.Roles, person?.MailLanguage ?? default, person?.Undeliverable);
    }

    /// <summary>A person by email (admins); NOT_FOUND when unknown.</summary>
    public async Task<PersonView> GetAsync(string email)
    {
        await RequireAdminAsync("person.read", email);
        return await grains.Person(Key(email)).GetAsync()
            ?? throw SupportException.NotFound("Deze persoon is niet gekend.");
    }

    /// <summary>Creates or renames a person (admins).</summary>
    public async Task<PersonView> SaveAsync(string email, string name)
    {
        var actor = await RequireAdminAsync("person.save", email);
        var person = await grains.Person(Key(email)).SaveProfileAsync(name);
        await audit.RecordAsync(actor.Email, "person.save", $"person:{person.Email}", request.Ip, AuditOutcome.Ok);
        return person;
    }

    /// <summary>Gives a person a role (admins).</summary>
    public async Task<PersonView> GrantAsync(string email, RoleGrant grant)
    {
        var actor = await RequireAdminAsync("person.grant-role", email);
        var person = await grains.Person(Key(email)).GrantAsync(grant);
        await audit.RecordAsync(actor.Email, $"person.grant-role:{grant}", $"person:{person.Email}", request.Ip, AuditOutcome.Ok);
        return person;
    }

    /// <summary>Takes a role away (admins).</summary>
    public async Task<PersonView> RevokeAsync(string email, RoleGrant grant)
    {
        var actor = await RequireAdminAsync("person.revoke-role", email);
        var person = await grains.Person(Key(email)).RevokeAsync(grant);
        await audit.RecordAsync(actor.Email, $"person.revoke-role:{grant}", $"person:{person.Email}", request.Ip, AuditOutcome.Ok);
        return person;
    }

    private async Task<Actor> RequireAdminAsync(string action, string email)
    {
        var actor = request.RequireActor();
        if (!AccessPolicy.CanManagePeople(actor))
        {
            await audit.RecordAsync(actor.Email, action, $"person:{PersonKeys.Normalise(email)}", request.Ip, AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel beheerders beheren personen en rollen.");
        }

        return actor;
    }

    private static string Key(string email) =>
        PersonKeys.Normalise(EmailAddressRule.Normalise(email) ?? throw SupportException.BadInput("email", "Dit is geen geldig e-mailadres."));
}
