using LivcR.Support.Client;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Tests.Gateway.Network;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MimeKit.Utils;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Client;

/// <summary>The typed client's mail-channel calls against a real gateway that mails through an SMTP peer: outbox and quarantine.</summary>
[Collection(NetworkApiCollection.Name)]
public sealed class SupportClientMailChannelTests(NetworkApiFixture fixture)
{
    [Fact]
    public async Task Staff_SeesTheSentMailInTheOutbox_AndCannotSendItTwice()
    {
        var (_, staff) = await ClientAsync("vvsg.example", new ServerRoleGrant(ServerRole.Staff, null));
        var (person, _) = await fixture.PersonAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));

        await new SupportClient(fixture.Gateway.Http).RequestSignInCodeAsync(person);
        var delivered = await fixture.MailAsync(person);
        var sent = await SentToAsync(staff, person);
        var onlySent = await staff.MailOutboxAsync(OutboxMailStatus.Sent, first: SupportClient.MaxMailListSize);
        var again = await Assert.ThrowsAsync<SupportClientException>(() => staff.RetryOutboxMailAsync(sent.Id));

        Assert.Equal(OutboundMailKind.SignInCode, sent.Kind);
        Assert.Equal(delivered.Subject, sent.Subject);
        Assert.Equal(delivered.MessageId, sent.MessageId.Trim('<', '>'));
        Assert.NotNull(sent.SentAt);
        Assert.Contains(onlySent, m => m.Id == sent.Id);
        Assert.All(onlySent, m => Assert.Equal(OutboxMailStatus.Sent, m.Status));
        Assert.Equal(SupportErrorCodes.Conflict, again.Code);
    }

    [Fact]
    public async Task Staff_ReleasesAQuarantinedMailAsATicket_AndFilesItUnderAMunicipality()
    {
        var (staffEmail, staff) = await ClientAsync("vvsg.example", new ServerRoleGrant(ServerRole.Staff, null));
        var subject = "Doorgestuurd door een collega " + Guid.NewGuid().ToString("N")[..8];
        var messageId = await QuarantineAsync($"{Guid.NewGuid().ToString("N")[..8]}@nergens.example", subject, "Toch een echte vraag.");

        var waiting = (await staff.MailQuarantineAsync()).Single(m => m.MessageId == messageId);
        var released = await staff.ReleaseQuarantinedMailAsync(waiting.Id);
        var again = await Assert.ThrowsAsync<SupportClientException>(() => staff.ReleaseQuarantinedMailAsync(waiting.Id));
        var filed = await staff.SetTicketMunicipalityAsync(released.TicketNumber!, "44021");
        var stillWaiting = await staff.MailQuarantineAsync();
        var decided = await staff.MailQuarantineAsync(QuarantineStatus.Released, first: 100);

        Assert.Equal(QuarantineStatus.Quarantined, waiting.Status);
        Assert.Equal("Mail van een onbekende afzender, apart gezet voor de test.", waiting.Reason);
        Assert.True(waiting.CanRelease);
        Assert.Equal(QuarantineStatus.Released, released.Status);
        Assert.Equal(staffEmail, released.DecidedBy);
        Assert.NotNull(released.TicketNumber);
        Assert.Equal(SupportErrorCodes.Conflict, again.Code);
        Assert.Equal(subject, filed.Subject);
        Assert.Equal("Toch een echte vraag.", Assert.Single(filed.Messages).Body);
        Assert.Equal("Gent", filed.Municipality!.Name);
        Assert.DoesNotContain(stillWaiting, m => m.Id == waiting.Id);
        Assert.Contains(decided, m => m.Id == waiting.Id && m.TicketNumber == released.TicketNumber);
    }

    [Fact]
    public async Task MunicipalUser_AsksForTheOutboxQuarantineOrMailboxes_IsForbidden()
    {
        var (_, municipal) = await ClientAsync("gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));

        var outbox = await Assert.ThrowsAsync<SupportClientException>(() => municipal.MailOutboxAsync());
        var quarantine = await Assert.ThrowsAsync<SupportClientException>(() => municipal.MailQuarantineAsync());
        var mailboxes = await Assert.ThrowsAsync<SupportClientException>(() => municipal.MailboxesAsync());

        Assert.Equal(SupportErrorCodes.Forbidden, outbox.Code);
        Assert.Equal(SupportErrorCodes.Forbidden, quarantine.Code);
        Assert.Equal(SupportErrorCodes.Forbidden, mailboxes.Code);
    }

    /// <summary>Puts a mail in quarantine as the intake would, and returns its Message-ID.</summary>
    private async Task<string> QuarantineAsync(string sender, string subject, string body)
    {
        var message = new MimeMessage { Subject = subject, MessageId = MimeUtils.GenerateMessageId("nergens.example"), Body = new TextPart("plain") { Text = body } };
        message.From.Add(MailboxAddress.Parse(sender));
        message.To.Add(MailboxAddress.Parse("radicalisering@vvsg.example"));
        using var content = new MemoryStream();
        await message.WriteToAsync(content);
        await fixture.Gateway.Services.GetRequiredService<QuarantineStore>().AddAsync(
            "helpdesk", "client-" + message.MessageId, null, message.MessageId, sender, subject, "Mail van een onbekende afzender, apart gezet voor de test.", content.ToArray(), DateTimeOffset.UtcNow);
        return message.MessageId;
    }

    /// <summary>The outbox entry of the mail to this address once the SMTP peer took it (the outbox records that just after).</summary>
    private static async Task<OutboxMail> SentToAsync(SupportClient staff, string recipient)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(10);
        while (true)
        {
            var mail = (await staff.MailOutboxAsync(first: 100)).FirstOrDefault(m => m.Recipient == recipient);
            if (mail?.Status == OutboxMailStatus.Sent || DateTimeOffset.UtcNow > deadline)
            {
                return mail ?? throw new Xunit.Sdk.XunitException($"No outbox entry for {recipient}.");
            }

            await Task.Delay(100);
        }
    }

    private async Task<(string Email, SupportClient Client)> ClientAsync(string domain, params ServerRoleGrant[] roles)
    {
        var (email, token) = await fixture.PersonAsync(domain, roles);
        return (email, new SupportClient(fixture.Gateway.Http, token));
    }
}
