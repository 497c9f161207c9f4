using LivcR.Support.Client;
using LivcR.Support.Tests.Infrastructure;

namespace LivcR.Support.Tests.Live;

/// <summary>Live events through both transports, with the protocols' own npm clients and with the typed client.</summary>
public sealed class LiveSubscriptionTests(LiveFixture fixture) : IClassFixture<LiveFixture>
{
    private const string TicketChanged = "subscription($n: String!) { ticketChanged(number: $n) { kind number version status actorName } }";

    [Theory]
    [InlineData("sse")]
    [InlineData("ws")]
    public async Task TicketChanged_StartsWithWhereTheTicketStands_ThenTellsOfStaffsAnswer(string transport)
    {
        var ticket = await fixture.GentTicketAsync();
        await using var live = NodeLiveClient.Start(transport, fixture.Gateway.GraphQL, await fixture.GentAsync(), TicketChanged, new { n = ticket.Number });

        var current = await live.NextEventAsync("ticketChanged");
        Assert.Equal("CURRENT", current["kind"]!.GetValue<string>());
        Assert.Equal(ticket.Version, current["version"]!.GetValue<int>());

        var answered = await fixture.Client(await fixture.StaffAsync()).ReplyAsync(ticket.Number, "Zo pakken jullie het aan.");
        var message = await live.NextEventAsync("ticketChanged");
        Assert.Equal("MESSAGE", message["kind"]!.GetValue<string>());
        Assert.Equal(ticket.Number, message["number"]!.GetValue<string>());
        Assert.Equal(answered.Version, message["version"]!.GetValue<int>());
        Assert.Equal("An Peeters", message["actorName"]!.GetValue<string>());
        Assert.Equal("OPEN", message["status"]!.GetValue<string>()); // staff's first answer opens a new ticket
    }

    [Theory]
    [InlineData("sse")]
    [InlineData("ws")]
    public async Task TicketChanged_OfAnotherMunicipality_IsRefusedAsNotFound(string transport)
    {
        var ticket = await fixture.GentTicketAsync();
        await using var live = NodeLiveClient.Start(transport, fixture.Gateway.GraphQL, await fixture.HasseltAsync(), TicketChanged, new { n = ticket.Number });

        var message = await live.NextAsync();
        var errors = message["next"]?["errors"] ?? message["error"];
        Assert.True(errors is System.Text.Json.Nodes.JsonArray { Count: > 0 }, message.ToJsonString());
        Assert.Equal("NOT_FOUND", errors![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Null(message["next"]?["data"]?["ticketChanged"]);
    }

    [Fact]
    public async Task InternalNote_StaffHearOfIt_TheMunicipalityOnlyOfThePublicAnswer()
    {
        var ticket = await fixture.GentTicketAsync();
        var staff = fixture.Client(await fixture.StaffAsync());
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var municipal = fixture.Client(await fixture.GentAsync()).WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
        await using var colleague = fixture.Client(await fixture.StaffAsync("bert.janssens@vvsg.example", "Bert Janssens")).WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await municipal.MoveNextAsync());
        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Current, municipal.Current.Kind);

        await staff.AddNoteAsync(ticket.Number, "Eerst met de politiezone afstemmen.");
        await staff.ReplyAsync(ticket.Number, "We komen erop terug.");

        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Note, colleague.Current.Kind);
        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Message, colleague.Current.Kind);
        Assert.True(await municipal.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Message, municipal.Current.Kind);
    }

    [Fact]
    public async Task Presence_AStaffMemberOnTheTicket_IsSeenByTheOtherStaff_NotByTheMunicipality()
    {
        var ticket = await fixture.GentTicketAsync();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var colleague = fixture.Client(await fixture.StaffAsync("bert.janssens@vvsg.example", "Bert Janssens")).WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
        await using var municipal = fixture.Client(await fixture.GentAsync()).WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await colleague.MoveNextAsync());
        Assert.True(await municipal.MoveNextAsync());

        var an = fixture.Client(await fixture.StaffAsync());
        await an.AnnounceTicketPresenceAsync(ticket.Number);
        await an.AnnounceTicketPresenceAsync(ticket.Number, composing: true);
        await an.ReplyAsync(ticket.Number, "Antwoord van An.");

        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal((TicketChangeKind.Viewing, "An Peeters"), (colleague.Current.Kind, colleague.Current.ActorName));
        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal((TicketChangeKind.Composing, "An Peeters"), (colleague.Current.Kind, colleague.Current.ActorName));
        Assert.True(await colleague.MoveNextAsync());
        Assert.Equal((TicketChangeKind.Message, "An Peeters"), (colleague.Current.Kind, colleague.Current.ActorName));

        // The municipality's next event is the answer itself: the presence never reached it.
        Assert.True(await municipal.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Message, municipal.Current.Kind);
    }

    [Fact]
    public async Task Queue_AMunicipalUser_HearsOfTheirOwnNewTicket_NotOfAnotherMunicipalitys()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var hasselt = fixture.Client(await fixture.HasseltAsync());
        await using var queue = hasselt.WatchTicketQueueAsync(cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await queue.MoveNextAsync());
        Assert.Equal(TicketChangeKind.Current, queue.Current.Kind);

        await fixture.GentTicketAsync("Vraag van Gent");
        var own = await hasselt.SubmitAsync(new SubmitHelpdeskRequestInput("71072", "Vraag van Hasselt", "Hoe beginnen we?"));

        Assert.True(await queue.MoveNextAsync());
        Assert.Equal((TicketChangeKind.Created, own.Number, "71072"), (queue.Current.Kind, queue.Current.Number, queue.Current.MunicipalityNisCode));
    }

    [Fact]
    public async Task Queue_StaffFilteredOnAProvince_HearOnlyOfThatProvince()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await using var limburg = fixture.Client(await fixture.StaffAsync()).WatchTicketQueueAsync(new TicketQueueFilter(Province.Limburg), stop.Token).GetAsyncEnumerator(stop.Token);
        Assert.True(await limburg.MoveNextAsync());

        await fixture.GentTicketAsync("Oost-Vlaanderen");
        var hasselt = await fixture.Client(await fixture.HasseltAsync()).SubmitAsync(new SubmitHelpdeskRequestInput("71072", "Limburg", "Vraag"));

        Assert.True(await limburg.MoveNextAsync());
        Assert.Equal(hasselt.Number, limburg.Current.Number);
    }

    [Fact]
    public async Task Reconnecting_TheFirstEventCarriesTheVersionReachedMeanwhile()
    {
        var ticket = await fixture.GentTicketAsync();
        var gent = fixture.Client(await fixture.GentAsync());
        await using (var first = gent.WatchTicketAsync(ticket.Number).GetAsyncEnumerator())
        {
            Assert.True(await first.MoveNextAsync());
            Assert.Equal(ticket.Version, first.Current.Version);
        }

        var answered = await fixture.Client(await fixture.StaffAsync()).ReplyAsync(ticket.Number, "Terwijl je weg was.");
        await using var again = gent.WatchTicketAsync(ticket.Number).GetAsyncEnumerator();
        Assert.True(await again.MoveNextAsync());
        Assert.Equal((TicketChangeKind.Current, answered.Version), (again.Current.Kind, again.Current.Version));
    }

    [Fact]
    public async Task OneConnection_OverItsLimit_GetsAnErrorForTheExtraSubscription_TheOthersKeepRunning()
    {
        var ticket = await fixture.GentTicketAsync();
        await using var live = NodeLiveClient.Start("ws", fixture.Gateway.GraphQL, await fixture.StaffAsync("limit.ws@vvsg.example", "Limiet"), TicketChanged, new { n = ticket.Number }, count: LiveFixture.PerConnection + 1);

        var messages = new List<System.Text.Json.Nodes.JsonNode>();
        for (var i = 0; i <= LiveFixture.PerConnection; i++)
        {
            messages.Add(await live.NextAsync());
        }

        Assert.Equal(LiveFixture.PerConnection, messages.Count(m => m["next"]?["data"]?["ticketChanged"]?["kind"]?.GetValue<string>() == "CURRENT"));
        var refused = Assert.Single(messages, m => m["error"] is not null);
        Assert.Equal("RATE_LIMITED", refused["error"]![0]!["extensions"]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task OnePerson_OverTheirLimit_IsRefused_AndMayOpenAnotherOnceOneIsClosed()
    {
        var ticket = await fixture.GentTicketAsync();
        var staff = fixture.Client(await fixture.StaffAsync("limit.user@vvsg.example", "Limiet"));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var open = new List<IAsyncEnumerator<TicketChangeEvent>>();
        for (var i = 0; i < LiveFixture.PerUser; i++)
        {
            var stream = staff.WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
            Assert.True(await stream.MoveNextAsync());
            open.Add(stream);
        }

        await using (var extra = staff.WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token))
        {
            var refused = await Assert.ThrowsAsync<SupportClientException>(async () => await extra.MoveNextAsync());
            Assert.Equal("RATE_LIMITED", refused.Code);
        }

        await open[0].DisposeAsync();
        SupportClientException? last = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var replacement = staff.WatchTicketAsync(ticket.Number, stop.Token).GetAsyncEnumerator(stop.Token);
            try
            {
                Assert.True(await replacement.MoveNextAsync());
                last = null;
                break;
            }
            catch (SupportClientException refused)
            {
                // The server notices the closed stream a moment later.
                last = refused;
                await Task.Delay(100);
            }
        }

        Assert.Null(last);
        foreach (var stream in open.Skip(1))
        {
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task WebSocket_WithoutASubscription_IsClosedWhenIdle()
    {
        await using var live = NodeLiveClient.Start("ws", fixture.Gateway.GraphQL, await fixture.StaffAsync(), TicketChanged, count: 0);

        var closed = await live.NextAsync(LiveFixture.IdleSeconds + 10);
        Assert.Equal(1000, closed["closed"]!.GetValue<int>());
        Assert.Equal("Idle", closed["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task WebSocket_WithAnInvalidToken_IsClosedAsForbidden()
    {
        await using var live = NodeLiveClient.Start("ws", fixture.Gateway.GraphQL, "not-a-token", TicketChanged, new { n = "2026-00001" });

        JsonNodeAssert(await live.NextAsync(), 4403);
    }

    [Fact]
    public async Task PlainGraphQLEndpoint_RefusesASubscription()
    {
        var (status, body) = await fixture.Gateway.PostAsync("subscription { ticketQueueChanged { kind } }", token: await fixture.StaffAsync());

        Assert.Equal(400, status);
        Assert.Contains("not served", body.ToJsonString(), StringComparison.Ordinal);
    }

    private static void JsonNodeAssert(System.Text.Json.Nodes.JsonNode message, int code)
    {
        var closed = message["closed"] ?? message["error"]?["code"];
        Assert.True(closed is not null, message.ToJsonString());
        Assert.Equal(code, closed!.GetValue<int>());
    }
}
