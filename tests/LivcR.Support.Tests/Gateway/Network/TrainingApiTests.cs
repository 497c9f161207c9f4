using System.Text;
using LivcR.Support.Contracts;
using LivcR.Support.Contracts.Mail;
using LivcR.Support.Contracts.People;
using Microsoft.Extensions.DependencyInjection;

namespace LivcR.Support.Tests.Gateway.Network;

[Collection(NetworkApiCollection.Name)]
public sealed class TrainingApiTests(NetworkApiFixture fixture)
{
    private const string Register = "mutation($id: String!, $p: TrainingParticipantInput) { registerForTraining(sessionId: $id, participant: $p) { email status } }";

    private async Task<(string SessionId, string Staff)> NewSessionAsync(int capacity, decimal? price = null)
    {
        var (_, staff) = await fixture.PersonAsync("vvsg.example", new RoleGrant(Role.Staff, null));
        var training = await fixture.DataAsync(
            "mutation { createTraining(input: {title: \"Omgaan met polarisering\", description: \"Een vorming over polarisering.\", audience: \"Preventiewerkers\", format: \"Workshop\", duration: \"3 uur\"}) { id } }",
            null, staff);
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var session = await fixture.DataAsync(
            "mutation($t: String!, $i: TrainingSessionInput!) { scheduleTrainingSession(trainingId: $t, input: $i) { id } }",
            new
            {
                t = training["createTraining"]!["id"]!.GetValue<string>(),
                i = new { startsAt = start, endsAt = start.AddHours(3), place = "VVSG, Bischoffsheimlaan 1-8, Brussel", capacity, registrationDeadline = start.AddDays(-7), price },
            },
            staff);
        return (session["scheduleTrainingSession"]!["id"]!.GetValue<string>(), staff);
    }

    [Fact]
    public async Task Registration_SameClientRequestIdTwice_OneRegistrationAndOneMail()
    {
        var (sessionId, _) = await NewSessionAsync(capacity: 5);
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        const string Keyed = "mutation($id: String!, $k: String) { registerForTraining(sessionId: $id, clientRequestId: $k) { email status } }";
        var key = Guid.NewGuid().ToString();

        var first = await fixture.DataAsync(Keyed, new { id = sessionId, k = key }, token);
        var again = await fixture.DataAsync(Keyed, new { id = sessionId, k = key }, token);
        var unkeyed = await fixture.ErrorAsync(Keyed, new { id = sessionId }, token);
        await fixture.MailAsync(email);
        await Task.Delay(TimeSpan.FromSeconds(1)); // room for a second mail to arrive, should one have been queued

        Assert.Equal(first.ToJsonString(), again.ToJsonString());
        Assert.Equal("CONFLICT", unkeyed);
        Assert.Single(fixture.Smtp.Received, m => m.To.Mailboxes.Any(a => a.Address == email));
    }

    [Fact]
    public async Task Registration_ConfirmationMailCarriesAnICalendarInvitation()
    {
        var (sessionId, _) = await NewSessionAsync(capacity: 5, price: 45m);
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));

        var registered = await fixture.DataAsync(Register, new { id = sessionId }, token);
        var mail = await fixture.MailAsync(email);
        var calendar = NetworkApiFixture.Calendar(mail);

        Assert.Equal("CONFIRMED", registered["registerForTraining"]!["status"]!.GetValue<string>());
        Assert.Equal("Inschrijving bevestigd: Omgaan met polarisering", mail.Subject);
        Assert.Contains("Prijs: € 45,00", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("BEGIN:VEVENT", calendar, StringComparison.Ordinal);
        Assert.Contains($"UID:training-{sessionId}@livcr-support", calendar, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Omgaan met polarisering", calendar, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullSession_WaitlistsThenPromotesAndMailsTheColleagueWhenASeatFrees()
    {
        var (sessionId, staff) = await NewSessionAsync(capacity: 1);
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        var colleague = $"{Guid.NewGuid():N}@gent.example";

        await fixture.DataAsync(Register, new { id = sessionId }, token);
        var waiting = await fixture.DataAsync(Register, new { id = sessionId, p = new { email = colleague, name = "Collega Gent" } }, token);
        var waitMail = await fixture.MailAsync(colleague);
        await fixture.DataAsync("mutation($id: String!) { cancelTrainingRegistration(sessionId: $id) { status } }", new { id = sessionId }, token);
        var promoted = await fixture.MailAsync(colleague, skip: 1);
        var cancelled = await fixture.MailAsync(email, skip: 1);
        var session = await fixture.DataAsync("query($id: String!) { trainingSession(id: $id) { registrations { email status } summary { seatsLeft waitlistLength } } }", new { id = sessionId }, staff);

        Assert.Equal("WAITLISTED", waiting["registerForTraining"]!["status"]!.GetValue<string>());
        Assert.Contains("plaats 1 van de wachtlijst", waitMail.TextBody, StringComparison.Ordinal);
        Assert.StartsWith("Er is een plaats vrijgekomen", promoted.Subject, StringComparison.Ordinal);
        Assert.Contains("METHOD:REQUEST", NetworkApiFixture.Calendar(promoted), StringComparison.Ordinal);
        Assert.Contains("METHOD:CANCEL", NetworkApiFixture.Calendar(cancelled), StringComparison.Ordinal);
        Assert.Contains(session["trainingSession"]!["registrations"]!.AsArray(), r => r!["email"]!.GetValue<string>() == colleague && r["status"]!.GetValue<string>() == "CONFIRMED");
        Assert.Equal(0, session["trainingSession"]!["summary"]!["waitlistLength"]!.GetValue<int>());
    }

    [Fact]
    public async Task Registrations_VisiblePerMunicipality_AndAColleagueOfAnotherMunicipalityIsRefused()
    {
        var (sessionId, _) = await NewSessionAsync(capacity: 5);
        var (gentEmail, gent) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        var (_, hasselt) = await fixture.PersonAsync("hasselt.example", new RoleGrant(Role.Municipal, "71072"));
        await fixture.DataAsync(Register, new { id = sessionId }, gent);

        var foreign = await fixture.ErrorAsync(Register, new { id = sessionId, p = new { email = "iemand@hasselt.example", name = "Iemand", municipalityNisCode = "71072" } }, gent);
        var asHasselt = await fixture.DataAsync("query($id: String!) { trainingSession(id: $id) { registrations { email } } }", new { id = sessionId }, hasselt);
        var gentList = await fixture.DataAsync("{ trainingRegistrations(nisCode: \"44021\") { sessionId registration { email } } }", null, gent);
        var hasseltReadsGent = await fixture.ErrorAsync("{ trainingRegistrations(nisCode: \"44021\") { sessionId } }", null, hasselt);

        Assert.Equal("FORBIDDEN", foreign);
        Assert.Empty(asHasselt["trainingSession"]!["registrations"]!.AsArray());
        Assert.Contains(gentList["trainingRegistrations"]!.AsArray(), r => r!["sessionId"]!.GetValue<string>() == sessionId && r["registration"]!["email"]!.GetValue<string>() == gentEmail);
        Assert.Equal("FORBIDDEN", hasseltReadsGent);
    }

    [Fact]
    public async Task Training_UpdatedByStaff_ShowsTheNewTextsWithItsSessions()
    {
        var (sessionId, staff) = await NewSessionAsync(capacity: 5);
        var (_, municipal) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        var trainingId = (await fixture.DataAsync("query($id: String!) { trainingSession(id: $id) { trainingId } }", new { id = sessionId }, staff))["trainingSession"]!["trainingId"]!.GetValue<string>();
        const string Update = "mutation($id: String!) { updateTraining(id: $id, input: {title: \"Polarisering in de klas\", description: \"Nieuwe beschrijving van de vorming.\", audience: \"Leerkrachten\", format: \"Webinar\", duration: \"2 uur\"}) { title } }";

        var forbidden = await fixture.ErrorAsync(Update, new { id = trainingId }, municipal);
        await fixture.DataAsync(Update, new { id = trainingId }, staff);
        var training = (await fixture.DataAsync("query($id: String!) { training(id: $id) { title format sessions { id seatsLeft } } }", new { id = trainingId }, municipal))["training"]!;

        Assert.Equal("FORBIDDEN", forbidden);
        Assert.Equal("Polarisering in de klas", training["title"]!.GetValue<string>());
        Assert.Equal("Webinar", training["format"]!.GetValue<string>());
        Assert.Equal(5, training["sessions"]![0]!["seatsLeft"]!.GetValue<int>());
    }

    [Fact]
    public async Task Registration_OfAPersonWhoChoseFrench_IsConfirmedInFrench()
    {
        var (sessionId, _) = await NewSessionAsync(capacity: 5);
        var (email, token) = await fixture.PersonAsync("voeren.example", new RoleGrant(Role.Municipal, "73109"));
        await fixture.Gateway.Services.GetRequiredService<IGrainFactory>().Person(email).SetMailLanguageAsync(MailLanguage.Fr);

        await fixture.DataAsync(Register, new { id = sessionId }, token);
        var mail = await fixture.MailAsync(email);

        Assert.Equal("Inscription confirmée : Omgaan met polarisering", mail.Subject);
        Assert.Contains("Prix : gratuit", mail.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Register_Twice_IsAConflict()
    {
        var (sessionId, _) = await NewSessionAsync(capacity: 5);
        var (_, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        await fixture.DataAsync(Register, new { id = sessionId }, token);

        Assert.Equal("CONFLICT", await fixture.ErrorAsync(Register, new { id = sessionId }, token));
    }

    [Fact]
    public async Task LastSeat_ParallelRegistrationsOverHttp_ExactlyOneIsConfirmed()
    {
        var (sessionId, staff) = await NewSessionAsync(capacity: 1);
        var people = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"))));

        var results = await Task.WhenAll(people.Select(p => fixture.DataAsync(Register, new { id = sessionId }, p.Token)));
        var rates = await fixture.DataAsync("{ trainingFillRates { session { id } confirmed waitlisted fillRate } }", null, staff);

        Assert.Single(results, r => r["registerForTraining"]!["status"]!.GetValue<string>() == "CONFIRMED");
        var rate = rates["trainingFillRates"]!.AsArray().Single(r => r!["session"]!["id"]!.GetValue<string>() == sessionId)!;
        Assert.Equal(1, rate["confirmed"]!.GetValue<int>());
        Assert.Equal(11, rate["waitlisted"]!.GetValue<int>());
        Assert.Equal(1.0, rate["fillRate"]!.GetValue<double>());
    }

    [Fact]
    public async Task AttendanceExport_StaffGetExcelReadyCsv_OthersAreRefused()
    {
        var (sessionId, staff) = await NewSessionAsync(capacity: 5);
        var (email, token) = await fixture.PersonAsync("gent.example", new RoleGrant(Role.Municipal, "44021"));
        await fixture.DataAsync(Register, new { id = sessionId, p = new { email = $"x{Guid.NewGuid():N}@gent.example", name = "=SOM(A1)" } }, token);
        await fixture.DataAsync(Register, new { id = sessionId }, token);

        var (status, bytes, contentType) = await GetAsync($"/exports/trainings/{sessionId}/attendance.csv", staff);
        var (municipal, _, _) = await GetAsync($"/exports/trainings/{sessionId}/attendance.csv", token);
        var (anonymous, _, _) = await GetAsync($"/exports/trainings/{sessionId}/attendance.csv", null);
        var text = Encoding.UTF8.GetString(bytes);
        var lines = text.TrimStart('\uFEFF').Split("\r\n");

        Assert.Equal(200, status);
        Assert.StartsWith("text/csv", contentType, StringComparison.Ordinal);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.StartsWith("Omgaan met polarisering;", lines[0], StringComparison.Ordinal);
        Assert.Equal("Naam;E-mail;NIS-code;Gemeente;Inschrijving;Ingeschreven op;Ingeschreven door;Aanwezig", lines[1]);
        Assert.Contains(lines, l => l.StartsWith("'=SOM(A1);", StringComparison.Ordinal) && l.Contains(";Gent;bevestigd;", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(email, StringComparison.Ordinal));
        Assert.Equal(403, municipal);
        Assert.Equal(401, anonymous);
    }

    private async Task<(int Status, byte[] Body, string ContentType)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await fixture.Gateway.Http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(), response.Content.Headers.ContentType?.ToString() ?? string.Empty);
    }
}
