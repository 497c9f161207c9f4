using System.Net;
using System.Text.RegularExpressions;
using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;
using ServerRole = LivcR.Support.Contracts.People.Role;
using ServerRoleGrant = LivcR.Support.Contracts.People.RoleGrant;

namespace LivcR.Support.Tests.Client;

/// <summary>Sign-in through the client (codes mailed to a real SMTP peer) and the rate limit, on a gateway of their own.</summary>
public sealed partial class SupportClientSignInTests : IAsyncLifetime
{
    private const int RequestsPerUserPerMinute = 4;

    private readonly TempDirectory _data = new();
    private SmtpPeer _smtp = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _smtp = new SmtpPeer();
        var settings = new Dictionary<string, string>(_smtp.Settings)
        {
            ["GraphQL:RequestsPerUserPerMinute"] = RequestsPerUserPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        _gateway = await GatewayHost.StartStandaloneAsync(_data.File("client.db"), settings);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _smtp.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task SignIn_WithTheMailedCode_TheClientUsesTheNewToken()
    {
        await _gateway.TokenAsync("aanmelden@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var client = new SupportClient(_gateway.Http);

        await client.RequestSignInCodeAsync("aanmelden@gent.example");
        var signedIn = await client.SignInAsync("aanmelden@gent.example", await MailedCodeAsync("aanmelden@gent.example"));
        var me = await client.MeAsync();

        Assert.Equal("aanmelden@gent.example", signedIn.Person.Email);
        Assert.True(signedIn.ExpiresAt > DateTimeOffset.UtcNow);
        Assert.Equal("aanmelden@gent.example", me.Email);
        Assert.Equal(new RoleGrant(Role.Municipal, "44021"), Assert.Single(me.Roles));
        Assert.Equal("44021", Assert.Single(me.Municipalities).NisCode);
    }

    [Fact]
    public async Task SignIn_WrongCode_IsUnauthenticatedAndTheClientStaysAnonymous()
    {
        await _gateway.TokenAsync("fout@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021"));
        var client = new SupportClient(_gateway.Http);
        await client.RequestSignInCodeAsync("fout@gent.example");
        var code = await MailedCodeAsync("fout@gent.example");

        var refused = await Assert.ThrowsAsync<SupportClientException>(() => client.SignInAsync("fout@gent.example", code == "000000" ? "111111" : "000000"));
        var stillAnonymous = await Assert.ThrowsAsync<SupportClientException>(() => client.MeAsync());

        Assert.Equal(SupportErrorCodes.Unauthenticated, refused.Code);
        Assert.Equal(SupportErrorCodes.Unauthenticated, stillAnonymous.Code);
    }

    [Fact]
    public async Task OverTheRateLimit_IsRateLimitedWith429()
    {
        var client = new SupportClient(_gateway.Http, await _gateway.TokenAsync("haastig@gent.example", new ServerRoleGrant(ServerRole.Municipal, "44021")));
        for (var i = 0; i < RequestsPerUserPerMinute; i++)
        {
            await client.MeAsync();
        }

        var limited = await Assert.ThrowsAsync<SupportClientException>(() => client.MeAsync());

        Assert.Equal(SupportErrorCodes.RateLimited, limited.Code);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
    }

    private async Task<string> MailedCodeAsync(string email)
    {
        var message = await _smtp.WaitForAsync(email, TimeSpan.FromSeconds(10));
        Assert.NotNull(message);
        return SixDigits().Match(message.GetTextBody(MimeKit.Text.TextFormat.Plain) ?? string.Empty).Value;
    }

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
