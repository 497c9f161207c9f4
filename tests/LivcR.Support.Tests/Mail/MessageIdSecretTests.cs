using LivcR.Support.Contracts.Tickets;
using LivcR.Support.Silo.Mail;
using LivcR.Support.Silo.Mail.Threading;

namespace LivcR.Support.Tests.Mail;

public sealed class MessageIdSecretTests
{
    private static readonly TicketNumber Ticket = new(2026, 42);

    [Fact]
    public void LoadOrCreate_MissingFile_CreatesAnOwnerOnlyRandomSecret()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "data", "message-id-secret");

        var secret = SecretFileStore.LoadOrCreate(path);

        Assert.Equal(64, secret.Length);
        Assert.Equal(secret, File.ReadAllBytes(path));
        Assert.NotEqual(new byte[64], secret);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
    }

    [Fact]
    public async Task LoadOrCreate_ManyStartingAtOnce_AllGetTheOneWholeSecret()
    {
        for (var round = 0; round < 50; round++)
        {
            using var temp = new TempDirectory();
            var path = Path.Combine(temp.Path, "message-id-secret");
            using var start = new ManualResetEventSlim();

            var loads = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            {
                start.Wait();
                return SecretFileStore.LoadOrCreate(path);
            })).ToList();
            start.Set();
            var secrets = await Task.WhenAll(loads);

            Assert.All(secrets, s => Assert.Equal(File.ReadAllBytes(path), s));
            Assert.Equal(64, secrets[0].Length);
            Assert.Equal(["message-id-secret"], Directory.GetFiles(temp.Path).Select(Path.GetFileName));
        }
    }

    [Fact]
    public void LoadOrCreate_ExistingFile_ReturnsTheSameSecret()
    {
        using var temp = new TempDirectory();
        var path = temp.File("secret");

        Assert.Equal(SecretFileStore.LoadOrCreate(path), SecretFileStore.LoadOrCreate(path));
    }

    [Fact]
    public void LoadOrCreate_TooShortFile_IsRefusedAndKept()
    {
        using var temp = new TempDirectory();
        var path = temp.File("secret");
        File.WriteAllBytes(path, new byte[10]);

        Assert.Throws<InvalidOperationException>(() => SecretFileStore.LoadOrCreate(path));
        Assert.Equal(10, new FileInfo(path).Length);
    }

    [Fact]
    public void Create_WithoutConfiguredSecret_SignsWithTheFileSecretAcrossRestarts()
    {
        using var temp = new TempDirectory();
        var options = new MessageIdOptions { MessageIdSecretPath = temp.File("message-id-secret") };
        var smtp = new SmtpOptions { From = "radicalisering@vvsg.example" };

        var id = MailThreadingRegistration.Create(options, smtp).Create(Ticket);
        var afterRestart = MailThreadingRegistration.Create(options, smtp);

        Assert.EndsWith("@vvsg.example", id, StringComparison.Ordinal);
        Assert.True(afterRestart.TryVerify(id, out var ticket));
        Assert.Equal(Ticket, ticket);
    }

    [Fact]
    public void Create_ConfiguredSecret_IsUsedOnEveryNodeAndNoFileIsWritten()
    {
        using var temp = new TempDirectory();
        var path = temp.File("message-id-secret");
        var options = new MessageIdOptions
        {
            MessageIdSecret = "configured secret shared by all nodes of the cluster",
            MessageIdSecretPath = path,
            MessageIdDomain = "mail.vvsg.example",
        };
        var smtp = new SmtpOptions();

        var id = MailThreadingRegistration.Create(options, smtp).Create(Ticket);

        Assert.True(MailThreadingRegistration.Create(options, smtp).TryVerify(id, out _));
        Assert.EndsWith("@mail.vvsg.example", id, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Create_ConfiguredSecretTooShort_IsRefused()
    {
        var options = new MessageIdOptions { MessageIdSecret = "short" };

        var error = Assert.Throws<InvalidOperationException>(() => MailThreadingRegistration.Create(options, new SmtpOptions()));
        Assert.Contains("Mail:MessageIdSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("short", error.Message, StringComparison.Ordinal);
    }
}
