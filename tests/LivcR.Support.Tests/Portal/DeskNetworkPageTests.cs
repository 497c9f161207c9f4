using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>The staff desk's network support: LIVC-R overview, groups with join requests, trainings with fill rates and attendance lists.</summary>
[Collection(PortalCollection.Name)]
public sealed class DeskNetworkPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Staff_ApprovesOneJoinRequest_AndDeclinesAnotherWithAReason_TheRequesterIsMailedIt()
    {
        var api = await PortalPeople.StaffAsync(portal);
        var slug = "intervisie-" + Guid.NewGuid().ToString("N")[..8];
        await api.SaveGroupAsync(slug, new NetworkGroupInput(CommunityKind.Intervision, "Intervisie jeugdwerkers " + slug[^4..], "Jeugdwerkers bespreken hun casussen anoniem.", Capacity: 8));
        var (joiner, joinerClient) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "sara");
        var (refused, refusedClient) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "tom");
        await joinerClient.RequestToJoinGroupAsync(slug, "Ik werk als jeugdwerker en zoek collega's om casussen mee te bespreken.");
        await refusedClient.RequestToJoinGroupAsync(slug, "Ik ben benieuwd wat jullie doen in deze groep.");
        var staff = await ConsolePeople.NewAsync(portal, "medewerker", "vvsg.example", ConsolePeople.Staff);
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staff);
        await page.WaitForURLAsync("**/werkbak");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Netwerkbeheer" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Netwerkondersteuning", Level = 1 })).ToBeVisibleAsync();
        var matrix = page.GetByRole(AriaRole.Table, new() { Name = "Aantal gemeenten per provincie en status" });
        await Assertions.Expect(matrix.GetByRole(AriaRole.Row)).ToHaveCountAsync(6);
        await Assertions.Expect(matrix.GetByRole(AriaRole.Link, new() { Name = "West-Vlaanderen" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-netwerk");
        await page.GetByRole(AriaRole.Link, new() { Name = "Intervisie jeugdwerkers " + slug[^4..] }).ClickAsync();

        var requests = page.GetByRole(AriaRole.Region, new() { Name = "Aanvragen om lid te worden" });
        await Assertions.Expect(requests).ToContainTextAsync("Ik werk als jeugdwerker");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-groep");
        await requests.GetByRole(AriaRole.Link, new() { Name = "Aanvraag beoordelen " + joiner.Split('@')[0] }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Aanvraag van " + joiner.Split('@')[0], Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Gent", new() { Exact = true })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-aanvraag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag goedkeuren" }).ClickAsync();

        await Assertions.Expect(page.GetByText(joiner.Split('@')[0] + " is nu lid en krijgt een mail.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Leden" })).ToContainTextAsync(joiner);

        await page.GetByRole(AriaRole.Link, new() { Name = "Aanvraag beoordelen " + refused.Split('@')[0] }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag afwijzen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Schrijf waarom je de aanvraag afwijst", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Reden van de afwijzing")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByLabel("Reden van de afwijzing").FillAsync("Deze groep is voor jeugdwerkers; de kennisgroep past beter bij je vraag.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanvraag afwijzen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De aanvraag van " + refused.Split('@')[0] + " is afgewezen.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Er wachten geen aanvragen.")).ToBeVisibleAsync();
        await MailWithAsync(refused, "Reden:\nDeze groep is voor jeugdwerkers; de kennisgroep past beter bij je vraag.");
        Assert.Contains((await api.GetGroupAsync(slug)).Members!, m => m.Email == joiner);

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staff);
        await phone.WaitForURLAsync("**/werkbak");
        await phone.GotoAsync("/werkbak/netwerk/groepen/" + slug);
        await Assertions.Expect(phone.GetByRole(AriaRole.Region, new() { Name = "Leden" })).ToContainTextAsync(joiner);
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-groep-gsm");
        await phone.GotoAsync("/werkbak/netwerk");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Limburg", Exact = true }).ClickAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Aantal gemeenten per status in Limburg" })).ToBeVisibleAsync();
        await Assertions.Expect(phone.GetByRole(AriaRole.Table, new() { Name = "gemeenten" }).GetByRole(AriaRole.Row, new() { Name = "Hasselt" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-netwerk-gsm");
    }

    [Fact]
    public async Task Staff_OpensASessionFromTheFillRates_SeesTheRegistration_AndDownloadsTheAttendanceList()
    {
        var api = await PortalPeople.StaffAsync(portal);
        var title = "Signalen herkennen " + Guid.NewGuid().ToString("N")[..6];
        var training = await api.CreateTrainingAsync(new TrainingInput(title, "Een workshop over vroege signalen.", "Preventiewerkers", "Workshop", "Een halve dag"));
        var start = DateTimeOffset.UtcNow.AddDays(40);
        var session = await api.ScheduleTrainingSessionAsync(training.Id, new TrainingSessionInput(start, start.AddHours(3), 12, start.AddDays(-5), "VVSG, Bischoffsheimlaan 1, Brussel"));
        var (participant, participantClient) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "deelnemer");
        await participantClient.RegisterForTrainingAsync(session.Id);
        var staff = await ConsolePeople.NewAsync(portal, "medewerker", "vvsg.example", ConsolePeople.Staff);
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staff);
        await page.WaitForURLAsync("**/werkbak");

        await page.GotoAsync("/werkbak/netwerk");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Netwerkondersteuning" }).GetByRole(AriaRole.Link, new() { Name = "Vormingen" }).ClickAsync();
        var sessions = page.GetByRole(AriaRole.Table, new() { Name = "Sessies" });
        var row = sessions.GetByRole(AriaRole.Row, new() { Name = title });
        await Assertions.Expect(row).ToContainTextAsync("1 van 12");
        await Assertions.Expect(row.GetByRole(AriaRole.Progressbar)).ToHaveAttributeAsync("value", "8");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-vormingen");
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Inschrijvingen" }).GetByRole(AriaRole.Row, new() { Name = participant })).ToContainTextAsync("Gent");
        await Assertions.Expect(page.GetByText("Aanwezigheden kan je noteren vanaf het begin van de sessie.")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "werkbak-sessie");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Aanwezigheidslijst downloaden (CSV)" }).ClickAsync());
        using var csv = new StreamReader(await download.CreateReadStreamAsync());
        Assert.Contains(participant, await csv.ReadToEndAsync(), StringComparison.Ordinal);

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, staff);
        await phone.WaitForURLAsync("**/werkbak");
        await phone.GotoAsync("/werkbak/netwerk/vormingen/" + session.Id);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-sessie-gsm");
        await phone.GotoAsync("/werkbak/netwerk/vormingen");
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "werkbak-vormingen-gsm");
    }

    [Fact]
    public async Task Staff_AddsATrainingAndSchedulesASession_ItAppearsWithItsFillRate()
    {
        var staff = await ConsolePeople.NewAsync(portal, "medewerker", "vvsg.example", ConsolePeople.Staff);
        var title = "Gesprekstechnieken " + Guid.NewGuid().ToString("N")[..6];
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, staff);
        await page.WaitForURLAsync("**/werkbak");
        await page.GotoAsync("/werkbak/netwerk/vormingen");

        var create = page.GetByRole(AriaRole.Region, new() { Name = "Een vorming toevoegen" });
        await create.GetByLabel("Titel").FillAsync(title);
        await create.GetByRole(AriaRole.Button, new() { Name = "Vorming toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Vul de beschrijving in." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Titel")).ToHaveValueAsync(title);
        await page.GetByLabel("Beschrijving").FillAsync("Moeilijke gesprekken voeren met jongeren en ouders.");
        await page.GetByLabel("Voor wie").FillAsync("Preventiewerkers");
        await page.GetByLabel("Vorm", new() { Exact = true }).FillAsync("Workshop");
        await page.GetByLabel("Duur").FillAsync("Een halve dag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vorming toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De vorming is toegevoegd.", new() { Exact = false })).ToBeVisibleAsync();

        var schedule = page.GetByRole(AriaRole.Region, new() { Name = "Een sessie plannen" });
        await schedule.GetByLabel("Vorming", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = title });
        var day = DateTimeOffset.UtcNow.AddDays(50);
        await schedule.GetByLabel("Datum").FillAsync(day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await schedule.GetByLabel("Begin").FillAsync("09:00");
        await schedule.GetByLabel("Einde").FillAsync("12:30");
        await schedule.GetByLabel("Aantal plaatsen").FillAsync("15");
        await schedule.GetByLabel("Inschrijven tot en met").FillAsync(day.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await schedule.GetByLabel("Plaats", new() { Exact = true }).FillAsync("VVSG, Bischoffsheimlaan 1, Brussel");
        await schedule.GetByLabel("Prijs in euro").FillAsync("45,50");
        await PortalFixture.AssertAccessibleAsync(page);
        await schedule.GetByRole(AriaRole.Button, new() { Name = "Sessie plannen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De sessie is gepland.")).ToBeVisibleAsync();
        var row = page.GetByRole(AriaRole.Table, new() { Name = "Sessies" }).GetByRole(AriaRole.Row, new() { Name = title });
        await Assertions.Expect(row).ToContainTextAsync("0 van 15");
        await Assertions.Expect(row).ToContainTextAsync("09:00 – 12:30");
        await PortalFixture.ScreenshotAsync(page, "werkbak-vorming-gepland");
    }

    /// <summary>Waits for a mail to this address whose text holds <paramref name="text"/>.</summary>
    private async Task MailWithAsync(string to, string text)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(20);
        while (!portal.Mail.Received.Any(m => m.To.Mailboxes.Any(a => a.Address == to) && (m.TextBody ?? "").ReplaceLineEndings("\n").Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTimeOffset.UtcNow < deadline, $"No mail to {to} with: {text}");
            await Task.Delay(200);
        }
    }

    [Fact]
    public async Task MunicipalUser_ForcesTheNetworkDesk_GetsNotFound()
    {
        var user = await portal.NewMunicipalUserAsync(PortalPeople.Gent, "gent");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, user);

        foreach (var address in new[] { "/werkbak/netwerk", "/werkbak/netwerk/groepen/kennisgroep", "/werkbak/netwerk/vormingen" })
        {
            var response = await page.GotoAsync(address);

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Aanvragen om lid te worden")).ToHaveCountAsync(0);
        }

        var csv = await page.Context.APIRequest.GetAsync("/werkbak/netwerk/vormingen/s0123456789/aanwezigheden.csv");
        Assert.Equal(404, csv.Status);
    }
}
