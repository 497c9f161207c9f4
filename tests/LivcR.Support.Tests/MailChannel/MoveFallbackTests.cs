using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static LivcR.Support.Tests.MailChannel.MailIntakeFixture;

namespace LivcR.Support.Tests.MailChannel;

/// <summary>A server without the MOVE extension: handled mail is copied, flagged \Deleted and expunged instead.</summary>
public sealed class MoveFallbackTests : IAsyncLifetime
{
    private readonly TempDirectory _data = new();
    private readonly DovecotServer _imap = new(withMove: false);
    private SmtpPeer _smtp = null!;

    public async Task InitializeAsync()
    {
        await _imap.InitializeAsync();
        _imap.AddUser(User, Password);
        _smtp = new SmtpPeer();
    }

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        await _imap.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task WithoutMove_HandledAndQuarantinedMailStillLeavesTheInbox_Once()
    {
        await using var gateway = await GatewayHost.StartStandaloneAsync(_data.File("nomove.db"), Settings(_imap, _smtp));
        using (var probe = await _imap.ConnectAsync(User, Password))
        {
            Assert.False(probe.Capabilities.HasFlag(MailKit.Net.Imap.ImapCapabilities.Move));
        }

        var question = Compose(GentCoordinator, "Vraag zonder MOVE", "Komt deze in Verwerkt?");
        var loop = Compose(Address, "Lus zonder MOVE", "Van onszelf.");

        await _imap.AppendAsync(User, Password, question, loop);
        var emptied = await _imap.WaitForCountAsync(User, Password, "INBOX", 0, TimeSpan.FromSeconds(60));

        Assert.True(emptied);
        Assert.Equal(1, await _imap.CountWithIdAsync(User, Password, "Verwerkt", question.MessageId));
        Assert.Equal(1, await _imap.CountWithIdAsync(User, Password, "Quarantaine", loop.MessageId));
        Assert.NotNull(await gateway.Services.GetRequiredService<InboundMailStore>().TicketOfAsync(Silo.Mail.Inbound.MailDedupeKey.For(question)));
    }
}
