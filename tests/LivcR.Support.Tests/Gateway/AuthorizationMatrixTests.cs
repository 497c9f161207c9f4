using System.Text.Json.Nodes;
using GraphQL.Types;
using LivcR.Support.Contracts.People;
using LivcR.Support.Gateway.Schema;
using LivcR.Support.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Gateway;

/// <summary>
/// Every query, mutation and subscription of the schema × every kind of caller, with the outcome the access rules promise.
/// The list of fields comes from the live schema: a new field without a row here fails the test — also a nested field
/// marked with <see cref="FieldAccess.ChecksAccess"/>, whose row reaches it through a root field.
/// </summary>
[Collection(GatewayCollection.Name)]
public sealed partial class AuthorizationMatrixTests(GatewayFixture fixture)
{
    private const string Ok = "OK";
    private const string Unauthenticated = "UNAUTHENTICATED";
    private const string Forbidden = "FORBIDDEN";
    private const string NotFound = "NOT_FOUND";
    private const string Conflict = "CONFLICT";

    private static readonly string[] Callers = ["anonymous", "municipal", "otherMunicipal", "staff", "organiser", "admin"];

    /// <summary>Field → (document, expected outcome per caller in the order of <see cref="Callers"/>).</summary>
    private static readonly Dictionary<string, (string Document, string[] Expected)> Rules = AllRules();

    /// <summary>Rules of the helpdesk fields, then those each other area adds in its own part of this class.</summary>
    private static Dictionary<string, (string Document, string[] Expected)> AllRules()
    {
        var rules = HelpdeskRules();
        AddNetworkRules(rules);
        AddMailRules(rules);
        AddMailDirectoryRules(rules);
        AddTicketMailRules(rules);
        return rules;
    }

    /// <summary>Rules of the network-support fields (platforms, groups, trainings, profiles).</summary>
    static partial void AddNetworkRules(Dictionary<string, (string Document, string[] Expected)> rules);

    /// <summary>Rules of the email-channel fields (quarantine, outbox).</summary>
    static partial void AddMailRules(Dictionary<string, (string Document, string[] Expected)> rules);

    /// <summary>Rules of the fields that feed the email channel (municipality email domains, mail language).</summary>
    static partial void AddMailDirectoryRules(Dictionary<string, (string Document, string[] Expected)> rules);

    /// <summary>Rules of the mail behind thread entries (a nested field with its own check).</summary>
    static partial void AddTicketMailRules(Dictionary<string, (string Document, string[] Expected)> rules);

    private static Dictionary<string, (string Document, string[] Expected)> HelpdeskRules() => new()
    {
        ["Query.me"] = ("{ me { email } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.municipalities"] = ("{ municipalities(province: LIMBURG) { nisCode } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.municipality"] = ("{ municipality(nisCode: \"44021\") { name } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.provincialPlatforms"] = ("{ provincialPlatforms { name } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.ticket"] = ("query($n: String!) { ticket(number: $n) { subject } }", [Unauthenticated, Ok, NotFound, Ok, NotFound, NotFound]),
        ["Query.tickets"] = ("{ tickets(first: 5) { totalCount } }", [Unauthenticated, Ok, Ok, Ok, Forbidden, Forbidden]),
        ["Query.ticketCountsByStatus"] = ("{ ticketCountsByStatus { status count } }", [Unauthenticated, Ok, Ok, Ok, Forbidden, Forbidden]),
        ["Query.ticketCountsByMunicipality"] = ("{ ticketCountsByMunicipality(province: OOST_VLAANDEREN) { total } }", [Unauthenticated, Forbidden, Forbidden, Ok, Ok, Forbidden]),
        ["Query.ticketStats"] = ("{ ticketStats(from: \"2026-01-01T00:00:00Z\", to: \"2027-01-01T00:00:00Z\", groupBy: MONTH) { key } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]),
        ["Query.ticketViews"] = ("{ ticketViews { name } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]),
        ["Query.attachmentLimits"] = ("{ attachmentLimits { maxFileBytes } }", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Query.ticketCategories"] = ("{ ticketCategories { key } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.preventionLevels"] = ("{ preventionLevels { key } }", [Unauthenticated, Ok, Ok, Ok, Ok, Ok]),
        ["Query.person"] = ("{ person(email: \"staff@vvsg.example\") { email } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ["Query.auditTrail"] = ("query($n: String!) { auditTrail(ticketNumber: $n) { action } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ["Query.auditTrailOfPerson"] = ("{ auditTrailOfPerson(email: \"coordinator@gent.example\") { action } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ["Mutation.requestSignInCode"] = ("mutation { requestSignInCode(email: \"nobody@nowhere.example\") }", [Ok, Ok, Ok, Ok, Ok, Ok]),
        ["Mutation.signIn"] = ("mutation { signIn(email: \"nobody@nowhere.example\", code: \"123456\") { accessToken } }", [Unauthenticated, Unauthenticated, Unauthenticated, Unauthenticated, Unauthenticated, Unauthenticated]),
        ["Mutation.submitHelpdeskRequest"] = (
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"Matrix\", body: \"Vraag\", requesterName: \"Gent\", requesterEmail: \"coordinator@gent.example\"}) { number } }",
            [Unauthenticated, Ok, Forbidden, Ok, Forbidden, Forbidden]),
        ["Mutation.setTicketConfidential"] = ("mutation($n: String!) { setTicketConfidential(number: $n, confidential: false) { number } }", [Unauthenticated, Ok, NotFound, Ok, NotFound, NotFound]),
        // Closing is for good, so the matrix asks with a stale version: allowed callers get CONFLICT, the ticket stays open.
        ["Mutation.closeTicket"] = ("mutation($n: String!) { closeTicket(number: $n, expectedVersion: 0) { version } }", [Unauthenticated, Conflict, NotFound, Conflict, NotFound, NotFound]),
        ["Mutation.reopenTicket"] = ("mutation($n: String!) { reopenTicket(number: $n, expectedVersion: 0) { version } }", [Unauthenticated, Conflict, NotFound, Conflict, NotFound, NotFound]),
        ["Mutation.replyToTicket"] = ("mutation($n: String!) { replyToTicket(number: $n, body: \"Antwoord\") { version } }", [Unauthenticated, Ok, NotFound, Ok, NotFound, NotFound]),
        ["Query.personData"] = ("{ personData(email: \"coordinator@gent.example\") { ticketCount } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        // Erasure is for good, so the matrix asks for a person who holds a role: the admin gets CONFLICT and nothing changes.
        ["Mutation.erasePerson"] = ("mutation { erasePerson(email: \"coordinator@gent.example\") { tickets } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Conflict]),
        ["Mutation.setTicketLegalHold"] = ("mutation($n: String!) { setTicketLegalHold(number: $n, hold: false) { legalHold } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.addInternalNote"] = ("mutation($n: String!) { addInternalNote(number: $n, body: \"Notitie\") { version } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.triageTicket"] = ("mutation($n: String!) { triageTicket(number: $n, input: {priority: HIGH}) { version } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.bulkTriageTickets"] = ("mutation($n: String!) { bulkTriageTickets(numbers: [$n], input: {priority: HIGH}) { number } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]),
        ["Mutation.linkTickets"] = ("mutation($n: String!, $m: String!) { linkTickets(number: $n, otherNumber: $m) { links } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.unlinkTickets"] = ("mutation($n: String!, $m: String!) { unlinkTickets(number: $n, otherNumber: $m) { links } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.mergeTickets"] = ("mutation($n: String!, $m: String!) { mergeTickets(sourceNumber: $m, targetNumber: $n) { number } }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        ["Mutation.saveTicketView"] = ("mutation { saveTicketView(name: \"Matrix\", filter: {unassigned: true}) { name } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]),
        ["Mutation.deleteTicketView"] = ("mutation { deleteTicketView(name: \"Matrix\") { name } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Forbidden]),
        ["Mutation.saveTicketCategory"] = ("mutation { saveTicketCategory(key: \"matrix\", label: \"Matrix\", active: false) { key } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ["Mutation.savePreventionLevel"] = ("mutation { savePreventionLevel(key: \"matrix\", label: \"Matrix\", active: false) { key } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ["Mutation.savePerson"] = ("mutation { savePerson(email: \"matrix@vvsg.example\", name: \"Matrix\") { email } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ["Mutation.grantRole"] = ("mutation { grantRole(email: \"matrix@vvsg.example\", role: STAFF) { email } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        ["Query.ticketAssignment"] = ("{ ticketAssignment { mode } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        ["Mutation.saveTicketAssignment"] = ("mutation { saveTicketAssignment(mode: OFF, rules: []) { mode } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
        // Only oneself (staff) or an administrator; the matrix asks for staff@vvsg.example, who is staff.
        ["Mutation.setStaffAbsence"] = ("mutation { setStaffAbsence(email: \"staff@vvsg.example\", absent: false) { number } }", [Unauthenticated, Forbidden, Forbidden, Ok, Forbidden, Ok]),
        // Staff are asked to remove a text the entry does not hold, so the matrix ticket keeps its words.
        ["Mutation.redactTicketEntry"] = ("mutation($n: String!) { redactTicketEntry(number: $n, entryId: 1, text: \"niet aanwezig\") { version } }", [Unauthenticated, Forbidden, NotFound, "BAD_USER_INPUT", NotFound, NotFound]),
        ["Mutation.announceTicketPresence"] = ("mutation($n: String!) { announceTicketPresence(number: $n) }", [Unauthenticated, Forbidden, NotFound, Ok, NotFound, NotFound]),
        // Subscriptions are run over /graphql/stream; the outcome is that of the first event.
        ["Subscription.ticketChanged"] = ("subscription($n: String!) { ticketChanged(number: $n) { kind version } }", [Unauthenticated, Ok, NotFound, Ok, NotFound, NotFound]),
        ["Subscription.ticketQueueChanged"] = ("subscription { ticketQueueChanged { kind } }", [Unauthenticated, Ok, Ok, Ok, Forbidden, Forbidden]),
        ["Mutation.revokeRole"] = ("mutation { revokeRole(email: \"matrix@vvsg.example\", role: STAFF) { email } }", [Unauthenticated, Forbidden, Forbidden, Forbidden, Forbidden, Ok]),
    };

    [Fact]
    public void Schema_EveryQueryAndMutation_HasAnAccessRule()
    {
        var missing = SchemaFields().Where(f => !Rules.ContainsKey(f)).ToList();
        var stale = Rules.Keys.Where(k => !SchemaFields().Contains(k)).ToList();

        Assert.True(missing.Count == 0, "Fields without an access rule in the matrix: " + string.Join(", ", missing));
        Assert.True(stale.Count == 0, "Rules for fields that no longer exist: " + string.Join(", ", stale));
    }

    [Fact]
    public async Task EveryField_EveryCaller_GetsTheExpectedOutcome()
    {
        var gateway = fixture.Gateway;
        var tokens = new Dictionary<string, string?>
        {
            ["anonymous"] = null,
            ["municipal"] = await gateway.TokenAsync("coordinator@gent.example", new RoleGrant(Role.Municipal, "44021")),
            ["otherMunicipal"] = await gateway.TokenAsync("preventie@hasselt.example", new RoleGrant(Role.Municipal, "71072")),
            ["staff"] = await gateway.StaffTokenAsync(),
            ["organiser"] = await gateway.TokenAsync("organiser@oost-vlaanderen.example", new RoleGrant(Role.Organiser, "oost-vlaanderen")),
            ["admin"] = await gateway.TokenAsync("admin@vvsg.example", new RoleGrant(Role.Admin, null)),
        };
        await gateway.TokenAsync("matrix@vvsg.example");
        var (_, submitted) = await gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"Matrixticket\", body: \"Vraag\"}) { number } }",
            token: tokens["municipal"]);
        var number = submitted["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();
        var (_, second) = await gateway.PostAsync(
            "mutation { submitHelpdeskRequest(input: {municipalityNisCode: \"44021\", subject: \"Tweede matrixticket\", body: \"Vraag\"}) { number } }",
            token: tokens["municipal"]);
        var other = second["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

        var failures = new List<string>();
        foreach (var field in SchemaFields())
        {
            var (document, expected) = Rules[field];
            for (var i = 0; i < Callers.Length; i++)
            {
                var body = field.StartsWith("Subscription.", StringComparison.Ordinal)
                    ? await gateway.SubscribeFirstAsync(document, new { n = number, m = other }, tokens[Callers[i]])
                    : (await gateway.PostAsync(document, new { n = number, m = other }, tokens[Callers[i]])).Body;
                var outcome = Outcome(body);
                if (outcome != expected[i])
                {
                    failures.Add($"{field} as {Callers[i]}: expected {expected[i]}, got {outcome} ({body.ToJsonString()})");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private IReadOnlyList<string> SchemaFields()
    {
        var schema = fixture.Gateway.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Query.Fields.Select(f => $"Query.{f.Name}")
            .Concat(schema.Mutation?.Fields.Select(f => $"Mutation.{f.Name}") ?? [])
            .Concat(schema.Subscription?.Fields.Select(f => $"Subscription.{f.Name}") ?? [])
            .Concat(schema.AllTypes.OfType<IObjectGraphType>()
                .Where(t => t != schema.Query && t != schema.Mutation && t != schema.Subscription)
                .SelectMany(t => t.Fields.Where(f => f.GetMetadata(FieldAccess.MetadataKey, false)).Select(f => $"{t.Name}.{f.Name}")))
            .ToList();
    }

    private static string Outcome(JsonNode body) =>
        body["errors"] is JsonArray { Count: > 0 } errors
            ? errors[0]!["extensions"]?["code"]?.GetValue<string>() ?? "NO_CODE"
            : Ok;
}
