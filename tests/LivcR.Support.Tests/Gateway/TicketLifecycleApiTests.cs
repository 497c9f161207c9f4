using System.Text.Json.Nodes;
using LivcR.Support.Contracts.People;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Gateway;

[Collection(GatewayCollection.Name)]
public sealed class TicketLifecycleApiTests(GatewayFixture fixture)
{
    private GatewayHost Gateway => fixture.Gateway;

    private static string? Code(JsonNode body) => body["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();

    private async Task<(string Number, string Municipal, string Staff)> NewTicketAsync(string nis, string subject, string body)
    {
        var municipal = await Gateway.TokenAsync($"vraag@{nis}.example", new RoleGrant(Role.Municipal, nis));
        var staff = await Gateway.StaffTokenAsync();
        var (_, submitted) = await Gateway.PostAsync(
            "mutation($i: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $i) { number } }",
            new { i = new { municipalityNisCode = nis, subject, body } },
            municipal);
        return (submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>(), municipal, staff);
    }

    [Fact]
    public async Task Conversation_StaffAnswersWaitsMunicipalityReplies_TicketReopensAndNotesStayInternal()
    {
        var (number, municipal, staff) = await NewTicketAsync("11005", "Boom: opstart LIVC-R", "Hoe beginnen we?");

        await Gateway.PostAsync("mutation($n: String!) { addInternalNote(number: $n, body: \"Eerst de burgemeester bellen\") { version } }", new { n = number }, staff);
        await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Wie is jullie coördinator?\") { version } }", new { n = number }, staff);
        await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: WAITING_FOR_MUNICIPALITY, category: \"livcr-werking\"}) { status } }", new { n = number }, staff);
        var (_, waiting) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { status firstResponseDue resolutionDue firstResponseAt } }", new { n = number }, staff);
        var (_, replied) = await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Onze preventiedienst.\") { status } }", new { n = number }, municipal);
        var (_, asMunicipality) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { entries { kind body } } }", new { n = number }, municipal);
        var (_, asStaff) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { status category resolutionDue entries { kind body } } }", new { n = number }, staff);

        Assert.Equal("WAITING_FOR_MUNICIPALITY", waiting["data"]!["ticket"]!["status"]!.GetValue<string>());
        Assert.Null(waiting["data"]!["ticket"]!["resolutionDue"]);
        Assert.NotNull(waiting["data"]!["ticket"]!["firstResponseAt"]);
        Assert.Equal("OPEN", replied["data"]!["replyToTicket"]!["status"]!.GetValue<string>());
        Assert.DoesNotContain("burgemeester bellen", asMunicipality.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("burgemeester bellen", asStaff.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("livcr-werking", asStaff["data"]!["ticket"]!["category"]!.GetValue<string>());
        Assert.NotNull(asStaff["data"]!["ticket"]!["resolutionDue"]);
    }

    [Fact]
    public async Task SlaPauses_WhileWaitingForTheMunicipality_AreListedWithTheirEnd()
    {
        var (number, municipal, staff) = await NewTicketAsync("11005", "Boom: pauze van de klok", "Wanneer telt de klok?");
        const string Query = "query($n: String!) { ticket(number: $n) { slaPauses { from to } } }";

        var (_, before) = await Gateway.PostAsync(Query, new { n = number }, staff);
        await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: WAITING_FOR_MUNICIPALITY}) { status } }", new { n = number }, staff);
        var (_, waiting) = await Gateway.PostAsync(Query, new { n = number }, staff);
        await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Hier is ons antwoord.\") { status } }", new { n = number }, municipal);
        var (_, after) = await Gateway.PostAsync(Query, new { n = number }, municipal);

        Assert.Empty(before["data"]!["ticket"]!["slaPauses"]!.AsArray());
        var open = waiting["data"]!["ticket"]!["slaPauses"]!.AsArray().Single()!;
        Assert.NotNull(open["from"]);
        Assert.Null(open["to"]);
        var closed = after["data"]!["ticket"]!["slaPauses"]!.AsArray().Single()!;
        Assert.Equal(open["from"]!.GetValue<DateTimeOffset>(), closed["from"]!.GetValue<DateTimeOffset>());
        Assert.True(closed["to"]!.GetValue<DateTimeOffset>() >= closed["from"]!.GetValue<DateTimeOffset>());
    }

    [Fact]
    public async Task TwoStaffAnswers_OnTheSameVersion_OnlyOneWins()
    {
        var (number, _, staff) = await NewTicketAsync("12002", "Gelijktijdig antwoord", "Vraag");
        var colleague = await Gateway.TokenAsync("collega@vvsg.example", new RoleGrant(Role.Staff, null));

        var first = Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Antwoord A\", expectedVersion: 1) { version } }", new { n = number }, staff);
        var second = Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Antwoord B\", expectedVersion: 1) { version } }", new { n = number }, colleague);
        var results = await Task.WhenAll(first, second);

        Assert.Equal(1, results.Count(r => Code(r.Body) is null));
        Assert.Equal(1, results.Count(r => Code(r.Body) == "CONFLICT"));
    }

    [Fact]
    public async Task ClosedTicket_MunicipalityReplies_StartsALinkedFollowUp()
    {
        var (number, municipal, staff) = await NewTicketAsync("13001", "Afgesloten vraag", "Vraag");
        await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: RESOLVED}) { status } }", new { n = number }, staff);
        var (_, closed) = await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: CLOSED}) { status } }", new { n = number }, staff);

        var (_, followUp) = await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"Toch nog iets\") { number links subject } }", new { n = number }, municipal);
        var (_, original) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { status links } }", new { n = number }, staff);
        var (_, reopen) = await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {status: OPEN}) { status } }", new { n = number }, staff);

        Assert.Equal("CLOSED", closed["data"]!["triageTicket"]!["status"]!.GetValue<string>());
        var newNumber = followUp["data"]!["replyToTicket"]!["number"]!.GetValue<string>();
        Assert.NotEqual(number, newNumber);
        Assert.Contains(number, followUp["data"]!["replyToTicket"]!["links"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.StartsWith($"Opvolging {number}", followUp["data"]!["replyToTicket"]!["subject"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("CLOSED", original["data"]!["ticket"]!["status"]!.GetValue<string>());
        Assert.Contains(newNumber, original["data"]!["ticket"]!["links"]!.AsArray().Select(l => l!.GetValue<string>()));
        Assert.Equal("CONFLICT", Code(reopen));
    }

    [Fact]
    public async Task Merge_SourcePointsToTargetAndItsMessagesMoveAlong()
    {
        var (target, _, staff) = await NewTicketAsync("23002", "Hoofdvraag", "Eerste vraag");
        var (source, _, _) = await NewTicketAsync("23002", "Dubbele vraag", "Dezelfde vraag opnieuw");

        var (_, merged) = await Gateway.PostAsync("mutation($s: String!, $t: String!) { mergeTickets(sourceNumber: $s, targetNumber: $t) { number messages { body } links } }", new { s = source, t = target }, staff);
        var (_, old) = await Gateway.PostAsync("query($n: String!) { ticket(number: $n) { status mergedInto } }", new { n = source }, staff);
        var (_, replyToOld) = await Gateway.PostAsync("mutation($n: String!) { replyToTicket(number: $n, body: \"x\") { number } }", new { n = source }, staff);

        Assert.Equal(target, merged["data"]!["mergeTickets"]!["number"]!.GetValue<string>());
        Assert.Contains(merged["data"]!["mergeTickets"]!["messages"]!.AsArray(), m => m!["body"]!.GetValue<string>().Contains("Dezelfde vraag opnieuw", StringComparison.Ordinal));
        Assert.Equal("CLOSED", old["data"]!["ticket"]!["status"]!.GetValue<string>());
        Assert.Equal(target, old["data"]!["ticket"]!["mergedInto"]!.GetValue<string>());
        Assert.Equal("CONFLICT", Code(replyToOld));
    }

    [Fact]
    public async Task Triage_AssignToSomeoneWhoIsNotStaff_IsBadUserInput()
    {
        var (number, _, staff) = await NewTicketAsync("24001", "Toewijzing", "Vraag");

        var (_, body) = await Gateway.PostAsync("mutation($n: String!) { triageTicket(number: $n, input: {assigneeEmail: \"vraag@24001.example\"}) { assigneeEmail } }", new { n = number }, staff);

        Assert.Equal("BAD_USER_INPUT", Code(body));
    }

    [Fact]
    public async Task BulkTriage_SetsPriorityOnEachAndReportsTheOnesThatFail()
    {
        var (a, _, staff) = await NewTicketAsync("24007", "Bulk A", "Vraag");
        var (b, _, _) = await NewTicketAsync("24007", "Bulk B", "Vraag");

        var (_, body) = await Gateway.PostAsync("mutation($n: [String!]!) { bulkTriageTickets(numbers: $n, input: {priority: URGENT}) { number ticket { priority } errorCode } }", new { n = new[] { a, b, "2001-99999" } }, staff);

        var results = body["data"]!["bulkTriageTickets"]!.AsArray();
        Assert.Equal("URGENT", results[0]!["ticket"]!["priority"]!.GetValue<string>());
        Assert.Equal("URGENT", results[1]!["ticket"]!["priority"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", results[2]!["errorCode"]!.GetValue<string>());
    }
}
