using System.Net;
using System.Security.Claims;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LivcR.Support.Tests.Gateway;

public sealed partial class SignInTests : IAsyncLifetime
{
    private const string Request = "mutation($e: String!) { requestSignInCode(email: $e) }";
    private const string SignIn = "mutation($e: String!, $c: String!) { signIn(email: $e, code: $c) { accessToken expiresAt person { email roles { role scope } } } }";

    private readonly TempDirectory _data = new();
    private SmtpPeer _smtp = null!;
    private GatewayHost _gateway = null!;

    public async Task InitializeAsync()
    {
        _smtp = new SmtpPeer();
        _gateway = await GatewayHost.StartStandaloneAsync(_data.File("signin.db"), _smtp.Settings);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _smtp.DisposeAsync();
        _data.Dispose();
    }

    [Fact]
    public async Task SignIn_WithTheMailedCode_GivesATokenThatWorks()
    {
        var email = await PersonAsync(new RoleGrant(Role.Municipal, "44021"));

        var (_, requested) = await _gateway.PostAsync(Request, new { e = email.ToUpperInvariant() });
        var code = await MailedCodeAsync(email);
        var (_, signedIn) = await _gateway.PostAsync(SignIn, new { e = email, c = code });

        Assert.True(requested["data"]!["requestSignInCode"]!.GetValue<bool>());
        var token = signedIn["data"]!["signIn"]!["accessToken"]!.GetValue<string>();
        var (_, me) = await _gateway.PostAsync("{ me { email roles { role scope } } }", token: token);
        Assert.Equal(email, me["data"]!["me"]!["email"]!.GetValue<string>());
        Assert.Equal("MUNICIPAL", me["data"]!["me"]!["roles"]![0]!["role"]!.GetValue<string>());
        Assert.Equal("44021", me["data"]!["me"]!["roles"]![0]!["scope"]!.GetValue<string>());
    }

    [Fact]
    public async Task RequestCode_UnknownAddress_AnswersTheSameAndMailsNothing()
    {
        var (_, body) = await _gateway.PostAsync(Request, new { e = "nobody@nowhere.example" });

        Assert.True(body["data"]!["requestSignInCode"]!.GetValue<bool>());
        Assert.Null(await _smtp.WaitForAsync("nobody@nowhere.example", TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task SignIn_ReplayedCode_IsUnauthenticated()
    {
        var email = await PersonAsync(new RoleGrant(Role.Staff, null));
        await _gateway.PostAsync(Request, new { e = email });
        var code = await MailedCodeAsync(email);

        var (_, first) = await _gateway.PostAsync(SignIn, new { e = email, c = code });
        var (_, replay) = await _gateway.PostAsync(SignIn, new { e = email, c = code });

        Assert.NotNull(first["data"]!["signIn"]);
        Assert.Equal("UNAUTHENTICATED", Code(replay));
    }

    [Fact]
    public async Task SignIn_FiveWrongCodes_LocksEvenTheRightCodeOut()
    {
        var email = await PersonAsync(new RoleGrant(Role.Staff, null));
        await _gateway.PostAsync(Request, new { e = email });
        var code = await MailedCodeAsync(email);
        var wrong = code == "000000" ? "111111" : "000000";

        for (var i = 0; i < 5; i++)
        {
            var (_, attempt) = await _gateway.PostAsync(SignIn, new { e = email, c = wrong });
            Assert.Equal("UNAUTHENTICATED", Code(attempt));
        }

        var (_, right) = await _gateway.PostAsync(SignIn, new { e = email, c = code });
        var (_, again) = await _gateway.PostAsync(Request, new { e = email });
        Assert.Equal("UNAUTHENTICATED", Code(right));
        Assert.Equal("RATE_LIMITED", Code(again));
    }

    [Fact]
    public async Task Token_Expired_Is401Unauthenticated()
    {
        var now = DateTime.UtcNow;
        var status = await MeWithAsync(Token(key: OwnKey(), audience: "livcr-support", notBefore: now.AddHours(-2), expires: now.AddHours(-1)));

        Assert.Equal(HttpStatusCode.Unauthorized, status.Status);
        Assert.Equal("UNAUTHENTICATED", Code(status.Body));
    }

    [Fact]
    public async Task Token_WrongSignature_Is401Unauthenticated()
    {
        var status = await MeWithAsync(Token(key: new SymmetricSecurityKey(new byte[64]), audience: "livcr-support"));

        Assert.Equal(HttpStatusCode.Unauthorized, status.Status);
    }

    [Fact]
    public async Task Token_WrongAudience_Is401Unauthenticated()
    {
        var status = await MeWithAsync(Token(key: OwnKey(), audience: "another-application"));

        Assert.Equal(HttpStatusCode.Unauthorized, status.Status);
    }

    [Fact]
    public async Task Token_RightOne_IsAccepted()
    {
        await PersonAsync(new RoleGrant(Role.Staff, null), "token-check@vvsg.example");
        var status = await MeWithAsync(Token(key: OwnKey(), audience: "livcr-support", email: "token-check@vvsg.example"));

        Assert.Equal(HttpStatusCode.OK, status.Status);
        Assert.Equal("token-check@vvsg.example", status.Body["data"]!["me"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public async Task Me_WithoutToken_IsUnauthenticated()
    {
        var (_, body) = await _gateway.PostAsync("{ me { email } }");

        Assert.Equal("UNAUTHENTICATED", Code(body));
    }

    private async Task<string> PersonAsync(RoleGrant role, string? email = null)
    {
        email ??= $"p{Guid.NewGuid():N}@gent.example";
        var person = _gateway.Services.GetRequiredService<IGrainFactory>().Person(email);
        await person.SaveProfileAsync("Test Persoon");
        await person.GrantAsync(role);
        return PersonKeys.Normalise(email);
    }

    private async Task<string> MailedCodeAsync(string email)
    {
        var message = await _smtp.WaitForAsync(email, TimeSpan.FromSeconds(10));
        Assert.NotNull(message);
        var text = message.GetTextBody(MimeKit.Text.TextFormat.Plain);
        return SixDigits().Match(text ?? string.Empty).Value;
    }

    private SecurityKey OwnKey() => _gateway.Services.GetRequiredService<SymmetricSecurityKey>();

    private static string Token(SecurityKey key, string audience, DateTime? notBefore = null, DateTime? expires = null, string email = "someone@vvsg.example")
    {
        var start = notBefore ?? DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "livcr-support",
            Audience = audience,
            IssuedAt = start,
            NotBefore = start,
            Expires = expires ?? start.AddMinutes(30),
            Subject = new ClaimsIdentity([new Claim("sub", email), new Claim("email", email)]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> MeWithAsync(string token)
    {
        var (status, body) = await _gateway.PostAsync("{ me { email } }", token: token);
        return ((HttpStatusCode)status, body);
    }

    private static string Code(JsonNode body) => body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>();

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex SixDigits();
}
