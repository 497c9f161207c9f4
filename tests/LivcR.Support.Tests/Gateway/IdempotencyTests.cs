using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

/// <summary><c>clientRequestId</c>: the same key from the same caller within 24 hours creates once.</summary>
[Collection(GatewayCollection.Name)]
public sealed class IdempotencyTests(GatewayFixture fixture)
{
    private const string Submit = "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number subject } }";

    private GatewayHost Gateway => fixture.Gateway;

    private static object Question(string subject, string? key) => new
    {
        i = new { municipalityNisCode = "44021", subject, body = "Mag ik dit twee keer vragen?", requesterName = "Eva", requesterEmail = "eva@gent.be", clientRequestId = key },
    };

    [Fact]
    public async Task SubmitHelpdeskRequest_SameKeyTwice_OneTicket()
    {
        var token = await Gateway.StaffTokenAsync();
        var subject = Unique("Tweemaal");
        var key = Guid.NewGuid().ToString();

        var first = await NumberAsync(Gateway, Question(subject, key), token);
        var second = await NumberAsync(Gateway, Question(subject, key), token);

        Assert.Equal(first, second);
        Assert.Equal([first], await NumbersWithSubjectAsync(Gateway, subject, token));
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_SameKeyAtOnce_OneTicket()
    {
        var token = await Gateway.StaffTokenAsync();
        var subject = Unique("Gelijktijdig");
        var key = Guid.NewGuid().ToString();

        var numbers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => NumberAsync(Gateway, Question(subject, key), token)));

        Assert.Single(numbers.Distinct());
        Assert.Equal([numbers[0]], await NumbersWithSubjectAsync(Gateway, subject, token));
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_SameKeyFromAnotherCallerOrWithoutKey_NewTickets()
    {
        var staff = await Gateway.StaffTokenAsync();
        var other = await Gateway.TokenAsync("collega@vvsg.example", new RoleGrant(Role.Staff, null));
        var subject = Unique("Ander");
        var key = Guid.NewGuid().ToString();

        var mine = await NumberAsync(Gateway, Question(subject, key), staff);
        var theirs = await NumberAsync(Gateway, Question(subject, key), other);
        var unkeyed = await NumberAsync(Gateway, Question(subject, null), staff);

        Assert.Equal(3, new[] { mine, theirs, unkeyed }.Distinct().Count());
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_RefusedThenCorrectedWithTheSameKey_TakesTheCorrectedQuestion()
    {
        var token = await Gateway.StaffTokenAsync();
        var key = Guid.NewGuid().ToString();
        var (_, refused) = await Gateway.PostAsync(Submit, new { i = new { municipalityNisCode = "99999", subject = "Fout", body = "x", requesterName = "Eva", requesterEmail = "eva@gent.be", clientRequestId = key } }, token);
        var subject = Unique("Verbeterd");

        var number = await NumberAsync(Gateway, Question(subject, key), token);

        Assert.Equal("BAD_USER_INPUT", refused["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal([number], await NumbersWithSubjectAsync(Gateway, subject, token));
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_KeyTooLong_IsRefused()
    {
        var (_, body) = await Gateway.PostAsync(Submit, Question("Te lang", new string('k', 101)), await Gateway.StaffTokenAsync());

        Assert.Equal("BAD_USER_INPUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("clientRequestId", body["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task ReplyAndNote_SameKeyTwice_AddedOnce()
    {
        var token = await Gateway.StaffTokenAsync();
        var number = await NumberAsync(Gateway, Question(Unique("Antwoord"), null), token);
        const string Reply = "mutation($n: String!, $b: String!, $v: Int, $k: String) { replyToTicket(number: $n, body: $b, expectedVersion: $v, clientRequestId: $k) { version messages { body } } }";
        const string Note = "mutation($n: String!, $b: String!, $k: String) { addInternalNote(number: $n, body: $b, clientRequestId: $k) { entries { kind body } } }";
        var replyKey = Guid.NewGuid().ToString();
        var noteKey = Guid.NewGuid().ToString();

        var (_, first) = await Gateway.PostAsync(Reply, new { n = number, b = "Ons antwoord.", v = 1, k = replyKey }, token);
        var (_, again) = await Gateway.PostAsync(Reply, new { n = number, b = "Ons antwoord.", v = 1, k = replyKey }, token);
        await Gateway.PostAsync(Note, new { n = number, b = "Eén notitie.", k = noteKey }, token);
        var (_, noted) = await Gateway.PostAsync(Note, new { n = number, b = "Eén notitie.", k = noteKey }, token);

        Assert.Null(again["errors"]);
        Assert.Equal(first["data"]!["replyToTicket"]!["version"]!.GetValue<int>(), again["data"]!["replyToTicket"]!["version"]!.GetValue<int>());
        Assert.Single(again["data"]!["replyToTicket"]!["messages"]!.AsArray(), m => m!["body"]!.GetValue<string>() == "Ons antwoord.");
        Assert.Single(noted["data"]!["addInternalNote"]!["entries"]!.AsArray(), m => m!["body"]!.GetValue<string>() == "Eén notitie.");
    }

    [Fact]
    public async Task SubmitHelpdeskRequest_SameKeyAfterARestart_SameTicket()
    {
        using var data = new TempDirectory();
        var file = data.File("livcr-support.db");
        var subject = Unique("Herstart");
        var key = Guid.NewGuid().ToString();
        string first;
        await using (var before = await GatewayHost.StartStandaloneAsync(file))
        {
            first = await NumberAsync(before, Question(subject, key), await before.StaffTokenAsync());
        }

        await using var after = await GatewayHost.StartStandaloneAsync(file);
        var token = await after.StaffTokenAsync();
        var second = await NumberAsync(after, Question(subject, key), token);

        Assert.Equal(first, second);
        Assert.Equal([first], await NumbersWithSubjectAsync(after, subject, token));
    }

    private static string Unique(string word) => $"{word} {Guid.NewGuid().ToString("N")[..10]}";

    private static async Task<string> NumberAsync(GatewayHost gateway, object variables, string token)
    {
        var (_, body) = await gateway.PostAsync(Submit, variables, token);
        return body["data"]?["submitHelpdeskRequest"]?["number"]?.GetValue<string>() ?? throw new InvalidOperationException(body.ToJsonString());
    }

    private static async Task<string[]> NumbersWithSubjectAsync(GatewayHost gateway, string subject, string token)
    {
        var (_, body) = await gateway.PostAsync("query($t: String!) { tickets(first: 50, filter: {text: $t}) { nodes { number subject } } }", new { t = subject.Split(' ')[1] }, token);
        return body["data"]!["tickets"]!["nodes"]!.AsArray().Where(n => n!["subject"]!.GetValue<string>() == subject).Select(n => n!["number"]!.GetValue<string>()).ToArray();
    }
}
