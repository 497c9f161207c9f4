using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

/// <summary>Personal data through the API: redacted or flagged on submission, reply and note; staff redaction afterwards.</summary>
[Collection(GatewayCollection.Name)]
public sealed class PersonalDataApiTests(GatewayFixture fixture)
{
    private const string TicketFields = "number version personalDataFlags { kind handling count } entries { id kind body }";

    private GatewayHost Gateway => fixture.Gateway;

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private static string Word() => "privacytoets" + Guid.NewGuid().ToString("N")[..8];

    private async Task<string> MunicipalAsync() => await Gateway.TokenAsync("vraag@44021.example", new RoleGrant(Role.Municipal, "44021"));

    private async Task<JsonNode> SubmitAsync(string token, string subject, string body)
    {
        var (_, submitted) = await Gateway.PostAsync(
            $"mutation($i: SubmitHelpdeskRequestInput!) {{ submitHelpdeskRequest(input: $i) {{ {TicketFields} }} }}",
            new { i = new { municipalityNisCode = "44021", subject, body } },
            token);
        return submitted["data"]!["submitHelpdeskRequest"]!;
    }

    private async Task<JsonNode> ListAsync(string token, string filter)
    {
        var (_, listed) = await Gateway.PostAsync($"{{ tickets(first: 50, filter: {filter}) {{ totalCount nodes {{ number personalDataKinds }} }} }}", token: token);
        return listed["data"]?["tickets"] ?? listed;
    }

    private static IEnumerable<string> Bodies(JsonNode ticket, string kind) =>
        ticket["entries"]!.AsArray().Where(e => e!["kind"]!.GetValue<string>() == kind).Select(e => e!["body"]!.GetValue<string>());

    private static string Flags(JsonNode ticket) =>
        string.Join(", ", ticket["personalDataFlags"]!.AsArray().Select(f => $"{f!["kind"]} {f["handling"]} {f["count"]}"));

    [Fact]
    public async Task Submission_WithANationalRegisterNumber_IsStoredRedacted_FlaggedForStaff_AndNotFoundBySearch()
    {
        var word = Word();
        var staff = await Gateway.StaffTokenAsync();

        var ticket = await SubmitAsync(await MunicipalAsync(), $"Casus {word}", "Het rijksregisternummer van de jongere is 85073003328, de gsm van de moeder 0470 12 34 56.");

        Assert.Equal("Het rijksregisternummer van de jongere is [rijksregisternummer verwijderd], de gsm van de moeder 0470 12 34 56.", Bodies(ticket, "MESSAGE").Single());
        Assert.Equal("NATIONAL_REGISTER_NUMBER REDACTED 1, PHONE_NUMBER FLAGGED 1", Flags(ticket));
        Assert.Contains("Persoonsgegevens gedetecteerd: 1 rijksregisternummer verwijderd, 1 telefoonnummer gemarkeerd", Bodies(ticket, "SYSTEM_EVENT"));
        Assert.Equal(0, (await ListAsync(staff, "{text: \"85073003328\"}"))["totalCount"]!.GetValue<int>());
        var flagged = await ListAsync(staff, $"{{personalData: true, text: \"{word}\"}}");
        Assert.Equal("[\"NATIONAL_REGISTER_NUMBER\",\"PHONE_NUMBER\"]", flagged["nodes"]![0]!["personalDataKinds"]!.ToJsonString());
        Assert.Equal(0, (await ListAsync(staff, $"{{personalData: false, text: \"{word}\"}}"))["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReplyAndNote_WithNationalRegisterNumbers_AreStoredRedacted()
    {
        var staff = await Gateway.StaffTokenAsync();
        var ticket = await SubmitAsync(await MunicipalAsync(), $"Casus {Word()}", "Een vraag zonder nummers.");
        var number = ticket["number"]!.GetValue<string>();

        await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Bedoel je BIS-nummer 85.27.30-033.71?\") { version } }", new { n = number }, staff);
        var (_, noted) = await Gateway.PostAsync(
            $"mutation($n: String!) {{ addInternalNote(number: $n, body: \"Broer: 05.03.12-345.32, rekening BE68 5390 0754 7034\") {{ {TicketFields} }} }}", new { n = number }, staff);
        var after = noted["data"]!["addInternalNote"]!;

        Assert.Equal(["Een vraag zonder nummers.", "Bedoel je BIS-nummer [rijksregisternummer verwijderd]?"], Bodies(after, "MESSAGE"));
        Assert.Equal("Broer: [rijksregisternummer verwijderd], rekening BE68 5390 0754 7034", Bodies(after, "INTERNAL_NOTE").Single());
        Assert.Equal("NATIONAL_REGISTER_NUMBER REDACTED 2, IBAN FLAGGED 1", Flags(after));
    }

    [Fact]
    public async Task PersonalDataFilter_AsAMunicipality_IsForbidden()
    {
        var (_, body) = await Gateway.PostAsync("{ tickets(first: 5, filter: {personalData: true}) { totalCount } }", token: await MunicipalAsync());

        Assert.Equal("FORBIDDEN", Code(body));
    }

    [Fact]
    public async Task RedactTicketEntry_ByStaff_RemovesTheTextFromTicketAndSearch_AndIsAudited()
    {
        var word = Word();
        var staff = await Gateway.StaffTokenAsync();
        var municipal = await MunicipalAsync();
        var ticket = await SubmitAsync(municipal, $"Gezin {word}", $"De familie {word} woont in de Zonnestraat 17 te Gent.");
        var number = ticket["number"]!.GetValue<string>();
        Assert.Equal(1, (await ListAsync(staff, $"{{text: \"Zonnestraat {word}\"}}"))["totalCount"]!.GetValue<int>());

        var (_, redacted) = await Gateway.PostAsync(
            $"mutation($n: String!, $v: Int) {{ redactTicketEntry(number: $n, entryId: 1, text: \"Zonnestraat 17\", expectedVersion: $v) {{ {TicketFields} }} }}",
            new { n = number, v = ticket["version"]!.GetValue<int>() }, staff);
        var after = redacted["data"]!["redactTicketEntry"]!;
        var (_, trail) = await Gateway.PostAsync("query($n: String!) { auditTrail(ticketNumber: $n) { at actor action outcome } }", new { n = number }, staff);

        Assert.Equal($"De familie {word} woont in de [verwijderd] te Gent.", Bodies(after, "MESSAGE").Single());
        Assert.Contains(Bodies(after, "SYSTEM_EVENT"), e => e.StartsWith("Tekst verwijderd uit bericht 1 door ", StringComparison.Ordinal) && !e.Contains("Zonnestraat", StringComparison.Ordinal));
        Assert.Equal(0, (await ListAsync(staff, $"{{text: \"Zonnestraat {word}\"}}"))["totalCount"]!.GetValue<int>());
        Assert.Contains(trail["data"]!["auditTrail"]!.AsArray(), e =>
            e!["actor"]!.GetValue<string>() == "staff@vvsg.example" && e["action"]!.GetValue<string>() == "ticket.redact" && e["outcome"]!.GetValue<string>() == "ok");
    }

    [Fact]
    public async Task RedactTicketEntry_BadInputOrNotStaff_IsRefusedAndChangesNothing()
    {
        var staff = await Gateway.StaffTokenAsync();
        var municipal = await MunicipalAsync();
        var ticket = await SubmitAsync(municipal, $"Casus {Word()}", "Tekst die blijft.");
        var number = ticket["number"]!.GetValue<string>();
        const string Redact = "mutation($n: String!, $e: Int!, $t: String!) { redactTicketEntry(number: $n, entryId: $e, text: $t) { version } }";

        var (_, missing) = await Gateway.PostAsync(Redact, new { n = number, e = 1, t = "staat er niet" }, staff);
        var (_, noEntry) = await Gateway.PostAsync(Redact, new { n = number, e = 99, t = "Tekst" }, staff);
        var (_, byMunicipality) = await Gateway.PostAsync(Redact, new { n = number, e = 1, t = "Tekst" }, municipal);
        var (_, read) = await Gateway.PostAsync($"query($n: String!) {{ ticket(number: $n) {{ {TicketFields} }} }}", new { n = number }, staff);

        Assert.Equal("BAD_USER_INPUT", Code(missing));
        Assert.Equal("text", missing["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
        Assert.Equal("BAD_USER_INPUT", Code(noEntry));
        Assert.Equal("FORBIDDEN", Code(byMunicipality));
        Assert.Equal("Tekst die blijft.", Bodies(read["data"]!["ticket"]!, "MESSAGE").Single());
        Assert.Equal(ticket["version"]!.GetValue<int>(), read["data"]!["ticket"]!["version"]!.GetValue<int>());
    }
}
