using System.Net.Http.Json;
using System.Text.Json.Nodes;
using LivcR.Support.Silo.Mail.Inbound;
using LivcR.Support.Silo.Mail.Intake;
using LivcR.Support.Silo.Telemetry;
using LivcR.Support.Tests.MailChannel;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Telemetry;

[Collection(SeqCollection.Name)]
public sealed class SeqLoggingTests(SeqFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    private const string Submit = """
        mutation Submit($input: SubmitHelpdeskRequestInput!) { submitHelpdeskRequest(input: $input) { number } }
        """;

    [Fact]
    public async Task Seq_AQuestionThroughTheApi_ArrivesWithTicketMunicipalityAndCorrelationButNoPersonalData()
    {
        var mark = Guid.NewGuid().ToString("N")[..10];
        var correlation = "api-" + mark;
        var (subject, body, name, email) = ($"Onderwerp{mark}", $"Vraagtekst{mark}", $"Naam{mark}", $"aanvrager.{mark}@gent.example");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new
            {
                query = Submit,
                variables = new
                {
                    input = new Dictionary<string, object?>
                    {
                        ["municipalityNisCode"] = "44021", ["subject"] = subject, ["body"] = body, ["requesterName"] = name, ["requesterEmail"] = email,
                    },
                },
            }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", await fixture.Gateway.StaffTokenAsync());
        request.Headers.TryAddWithoutValidation(Correlation.HeaderName, correlation);
        using var response = await fixture.Gateway.Http.SendAsync(request);
        var number = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["submitHelpdeskRequest"]!["number"]!.GetValue<string>();

        // Written in the silo, inside the grain call: the correlation id came along in the request context.
        var opened = await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "TicketNumber") == number && Template(e).Contains("opened", StringComparison.Ordinal), Wait);
        Assert.Equal("44021", SeqReceiver.Text(opened, "NisCode"));
        Assert.Equal(correlation, SeqReceiver.Text(opened, Correlation.PropertyName));
        // Written in the gateway: the request's own line.
        await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "RequestPath") == "/graphql" && SeqReceiver.Text(e, Correlation.PropertyName) == correlation, Wait);

        // The acknowledgement goes out to the requester; its log lines, too, name no one.
        Assert.NotNull(await fixture.Smtp.WaitForAsync(email, Wait));
        await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "TicketNumber") == number && Template(e).Contains("sent", StringComparison.Ordinal), Wait);
        AssertAbsent(subject, body, name, email);
    }

    [Fact]
    public async Task Seq_AMailFromTheMailbox_ArrivesWithMailboxTicketMunicipalityAndCorrelationButNoPersonalData()
    {
        var mark = Guid.NewGuid().ToString("N")[..10];
        var (subject, body) = ($"Mailonderwerp{mark}", $"Mailtekst{mark}");
        var mail = MailIntakeFixture.Compose($"An De Smet <{SeqFixture.Coordinator}>", subject, body);
        await fixture.Imap.AppendAsync(MailIntakeFixture.User, MailIntakeFixture.Password, mail);

        var store = fixture.Gateway.Services.GetRequiredService<InboundMailStore>();
        var key = MailDedupeKey.For(mail);
        var handled = await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "DedupeKey") == key && Template(e).Contains("handled", StringComparison.Ordinal), Wait);
        var number = await store.TicketOfAsync(key);
        Assert.NotNull(number);
        Assert.Equal(MailIntakeFixture.Mailbox, SeqReceiver.Text(handled, "Mailbox"));
        Assert.Equal(number, SeqReceiver.Text(handled, "TicketNumber"));
        var correlation = SeqReceiver.Text(handled, Correlation.PropertyName);
        Assert.False(string.IsNullOrEmpty(correlation), "The intake's line carries a correlation id.");

        // The ticket grain's line for the same mail: same correlation id, and the municipality the sender belongs to.
        var opened = await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "TicketNumber") == number && Template(e).Contains("opened", StringComparison.Ordinal), Wait);
        Assert.Equal(correlation, SeqReceiver.Text(opened, Correlation.PropertyName));
        Assert.Equal("44021", SeqReceiver.Text(opened, "NisCode"));

        Assert.NotNull(await fixture.Smtp.WaitForAsync(SeqFixture.Coordinator, Wait, subjectContains: number));
        await fixture.Seq.WaitForAsync(e => SeqReceiver.Text(e, "TicketNumber") == number && Template(e).Contains("sent", StringComparison.Ordinal), Wait);
        AssertAbsent(subject, body, SeqFixture.Coordinator, "An De Smet");
    }

    private static string Template(JsonObject clefEvent) => SeqReceiver.Text(clefEvent, "@mt") ?? string.Empty;

    private void AssertAbsent(params string[] personal)
    {
        var raw = fixture.Seq.RawText;
        var values = fixture.Seq.Values;
        foreach (var text in personal)
        {
            Assert.False(raw.Contains(text, StringComparison.OrdinalIgnoreCase) || values.Contains(text, StringComparison.OrdinalIgnoreCase), $"Seq received \"{text}\".");
        }
    }
}
