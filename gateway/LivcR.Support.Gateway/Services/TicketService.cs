using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Gateway.Auth;
using LivcR.Support.Silo.Audit;

namespace LivcR.Support.Gateway.Services;

/// <summary>Helpdesk tickets: submit, read, confidentiality; every call checks scope and is audited.</summary>
public sealed class TicketService(IGrainFactory grains, CallerContext request, AuditLog audit)
{
    /// <summary>
    /// Submits a question. A municipal user asks for their own municipality and is the requester; staff may submit for any
    /// municipality on behalf of a named requester. BAD_USER_INPUT when something is wrong (nothing is created then).
    /// </summary>
    public async Task<TicketView> SubmitAsync(HelpdeskRequest input)
    {
        var actor = request.RequireActor();
        var nisCode = input.MunicipalityNisCode.Trim();
        if (!AccessPolicy.CanSubmitFor(actor, nisCode))
        {
            await AuditAsync(actor, "ticket.submit", $"municipality:{nisCode}", AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Je kan enkel vragen stellen voor je eigen gemeente.");
        }

        var submission = actor.IsStaff ? input : input with
        {
            RequesterName = (await grains.Person(actor.Email).GetAsync())?.Name ?? actor.Email,
            RequesterEmail = actor.Email,
        };
        try
        {
            var ticket = await grains.HelpdeskIntake().SubmitAsync(submission);
            await AuditAsync(actor, "ticket.submit", $"ticket:{ticket.Number}", AuditOutcome.Ok);
            return ticket;
        }
        catch (SupportException)
        {
            await AuditAsync(actor, "ticket.submit", $"municipality:{nisCode}", AuditOutcome.Failed);
            throw;
        }
    }

    /// <summary>The ticket with this number; NOT_FOUND when there is none or it is outside the caller's scope.</summary>
    public async Task<TicketView> GetAsync(string number)
    {
        var (ticket, actor) = await ReadableAsync(number);
        await AuditAsync(actor, "ticket.read", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return ticket;
    }

    /// <summary>Marks a ticket confidential or not: the requester or staff.</summary>
    public async Task<TicketView> SetConfidentialAsync(string number, bool confidential)
    {
        var (ticket, actor) = await ReadableAsync(number);
        if (!AccessPolicy.CanChangeConfidentiality(actor, ticket.Access))
        {
            await AuditAsync(actor, "ticket.set-confidential", $"ticket:{ticket.Number}", AuditOutcome.Denied);
            throw new SupportException(SupportErrorCode.Forbidden, "Enkel de aanvrager of VVSG kan dit ticket vertrouwelijk maken.");
        }

        var changed = await grains.Ticket(Parse(number)).SetConfidentialAsync(confidential);
        await AuditAsync(actor, "ticket.set-confidential", $"ticket:{ticket.Number}", AuditOutcome.Ok);
        return changed;
    }

    private async Task<(TicketView Ticket, Actor Actor)> ReadableAsync(string number)
    {
        var actor = request.RequireActor();
        var parsed = Parse(number);
        var ticket = await grains.Ticket(parsed).GetAsync();
        if (ticket is null || !AccessPolicy.CanReadTicket(actor, ticket.Access))
        {
            if (ticket is not null)
            {
                await AuditAsync(actor, "ticket.read", $"ticket:{ticket.Number}", AuditOutcome.Denied);
            }

            throw SupportException.NotFound($"Er is geen ticket {parsed}.");
        }

        return (ticket, actor);
    }

    private static TicketNumber Parse(string number) =>
        TicketNumber.TryParse(number.Trim(), out var parsed)
            ? parsed
            : throw SupportException.BadInput("number", "Een ticketnummer ziet eruit als 2026-00042.");

    private Task AuditAsync(Actor actor, string action, string target, string outcome) =>
        audit.RecordAsync(actor.Email, action, target, request.Ip, outcome);
}
