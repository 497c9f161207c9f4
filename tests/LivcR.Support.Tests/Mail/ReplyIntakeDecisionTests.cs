using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.People;
using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Threading;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Mail;

/// <summary>The whole decision the intake makes for a mail that refers to a ticket: classify, resolve the sender, accept or not.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ReplyIntakeDecisionTests(ClusterFixture fixture)
{
    private static readonly MessageIdSigner Signer = new(Encoding.UTF8.GetBytes("intake decision test secret, long enough for HMAC"), "vvsg.example");

    private async Task<(TicketView Ticket, TicketAccess Access)> TicketAsync(string requester)
    {
        var ticket = await fixture.Grains.HelpdeskIntake().SubmitAsync(new HelpdeskRequest("44021", "Zorg over een leerling", "Vraag", "An De Smet", requester));
        return (ticket, new TicketAccess(ticket.MunicipalityNisCode, ticket.Requester.Email, ticket.Confidential));
    }

    private async Task<ReplyDecision?> DecideAsync(string from, string subject, string? inReplyTo, TicketAccess ticket)
    {
        var raw = $"From: {from}\nTo: radicalisering@vvsg.example\nSubject: {subject}\nMessage-ID: <{Guid.NewGuid():N}@x.example>\n"
            + (inReplyTo is null ? "" : $"In-Reply-To: <{inReplyTo}>\n") + "\nAntwoord.\n";
        var classification = new MailClassifier(Signer).Classify(MailText.Parse(raw));
        if (classification.Kind != InboundMailKind.ReplyCandidate)
        {
            return null;
        }

        var sender = await new SenderResolver(fixture.Grains).ResolveAsync(InboundContentReader.Read(MailText.Parse(raw)).From?.Address);
        return ReplyAcceptanceRule.Decide(sender, ticket);
    }

    [Fact]
    public async Task ForgedTagFromAnotherMunicipality_IsARefusedCandidate()
    {
        var (ticket, access) = await TicketAsync($"an-{Guid.NewGuid():N}@gent.be");
        var stranger = $"preventie-{Guid.NewGuid():N}@hasselt.be";
        var person = fixture.Grains.Person(stranger);
        await person.SaveProfileAsync("Hasselt");
        await person.GrantAsync(new RoleGrant(Role.Municipal, "71072"));

        var decision = await DecideAsync(stranger, $"Re: [VVSG #{ticket.Number}] Zorg over een leerling", null, access);

        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger), decision);
    }

    [Fact]
    public async Task ForwardedSignedReferenceFromAStranger_IsARefusedCandidate()
    {
        var (ticket, access) = await TicketAsync($"an-{Guid.NewGuid():N}@gent.be");
        TicketNumber.TryParse(ticket.Number, out var number);

        var decision = await DecideAsync("iemand@elders.example", "Re: Zorg over een leerling", Signer.Create(number), access);

        Assert.Equal(new ReplyDecision(false, ReplyAcceptanceReason.Stranger), decision);
    }

    [Fact]
    public async Task RequesterReplyingByReferenceOnly_IsAccepted()
    {
        var requester = $"an-{Guid.NewGuid():N}@gent.be";
        var (ticket, access) = await TicketAsync(requester);
        TicketNumber.TryParse(ticket.Number, out var number);

        var decision = await DecideAsync($"An De Smet <{requester.ToUpperInvariant()}>", "Re: Zorg over een leerling", Signer.Create(number), access);

        Assert.Equal(new ReplyDecision(true, ReplyAcceptanceReason.Requester), decision);
    }
}
