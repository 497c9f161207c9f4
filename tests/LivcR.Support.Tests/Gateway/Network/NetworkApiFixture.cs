using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using MimeKit;

namespace LivcR.Support.Tests.Gateway.Network;

/// <summary>A standalone gateway whose outgoing mail goes to a real SMTP peer, shared by the network API tests.</summary>
public sealed class NetworkApiFixture : IAsyncLifetime
{
    private readonly TempDirectory _data = new();

    public GatewayHost Gateway { get; private set; } = null!;

    public SmtpPeer Smtp { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Smtp = new SmtpPeer();
        var settings = new Dictionary<string, string>(Smtp.Settings) { ["Network:PortalUrl"] = "https://portaal.vvsg.example" };
        Gateway = await GatewayHost.StartStandaloneAsync(_data.File("network.db"), settings);
    }

    public async Task DisposeAsync()
    {
        await Gateway.DisposeAsync();
        await Smtp.DisposeAsync();
        _data.Dispose();
    }

    /// <summary>A fresh person with these roles and their token.</summary>
    public async Task<(string Email, string Token)> PersonAsync(string domain, params RoleGrant[] roles)
    {
        var email = $"{Guid.NewGuid().ToString("N")[..12]}@{domain}";
        return (email, await Gateway.TokenAsync(email, roles));
    }

    /// <summary>Posts and returns the data, failing the test with the errors when there are any.</summary>
    public async Task<JsonNode> DataAsync(string document, object? variables, string? token)
    {
        var (_, body) = await Gateway.PostAsync(document, variables, token);
        Assert.True(body["errors"] is null, body.ToJsonString());
        return body["data"]!;
    }

    /// <summary>Posts and returns the first error's code.</summary>
    public async Task<string?> ErrorAsync(string document, object? variables, string? token)
    {
        var (_, body) = await Gateway.PostAsync(document, variables, token);
        return body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
    }

    /// <summary>The mail to this address (the n-th one with skip), or a failed test.</summary>
    public async Task<MimeMessage> MailAsync(string to, int skip = 0) =>
        await Smtp.WaitForAsync(to, TimeSpan.FromSeconds(10), skip) ?? throw new Xunit.Sdk.XunitException($"No mail to {to} arrived.");

    /// <summary>The text of the iCalendar attachment of a mail.</summary>
    public static string Calendar(MimeMessage mail)
    {
        var part = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.MimeType == "text/calendar");
        using var stream = new MemoryStream();
        part.Content!.DecodeTo(stream);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

[CollectionDefinition(Name)]
public sealed class NetworkApiCollection : ICollectionFixture<NetworkApiFixture>
{
    public const string Name = "network-api";
}
