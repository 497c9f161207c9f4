using System.Text.RegularExpressions;
using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class TrainingsPageTests(PortalFixture portal)
{
    [Fact]
    public async Task FullSession_CoordinatorRegisters_GoesOnTheWaitlistAndGetsTheSeatWhenAColleagueCancels()
    {
        var (title, session) = await NewSessionAsync(capacity: 1);
        var (_, colleague) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "collega");
        await colleague.RegisterForTrainingAsync(session.Id);
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "coordinator");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, me);

        await page.GetByRole(AriaRole.Link, new() { Name = "Vormingen" }).ClickAsync();
        var training = page.GetByRole(AriaRole.Article, new() { Name = title });
        await Assertions.Expect(training.GetByText("Volzet")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vormingen");
        await training.GetByRole(AriaRole.Link, new() { NameRegex = new Regex("^Inschrijven") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Deze sessie is volzet. Schrijf je in om op de wachtlijst te komen.")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Schrijf mij in" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Je staat op plaats 1 van de wachtlijst.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("1 op de wachtlijst")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vorming-wachtlijst");

        await colleague.CancelTrainingRegistrationAsync(session.Id);
        await page.ReloadAsync();

        await Assertions.Expect(page.GetByText("Je bent ingeschreven.", new() { Exact = false })).ToBeVisibleAsync();
        var mine = page.GetByRole(AriaRole.Row).Filter(new() { HasText = me });
        await Assertions.Expect(mine.GetByText("Bevestigd")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vorming-plaats-gekregen");
    }

    [Fact]
    public async Task ColleagueRegistration_WrongAddress_SaysSoNextToTheFieldKeepsWhatWasTyped_ThenRegistersAndCancels()
    {
        var (title, session) = await NewSessionAsync(capacity: 5);
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "preventie");
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, me, "/aanmelden?terug=" + Uri.EscapeDataString("/vormingen/" + session.Id));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        await page.GetByLabel("Naam van je collega").FillAsync("Sofie Martens");
        await page.GetByLabel("E-mailadres van je collega").FillAsync("sofie.martens");
        await page.GetByRole(AriaRole.Button, new() { Name = "Collega inschrijven" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Er is een probleem");
        await Assertions.Expect(page.GetByLabel("E-mailadres van je collega")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("E-mailadres van je collega")).ToHaveValueAsync("sofie.martens");
        await Assertions.Expect(page.GetByLabel("Naam van je collega")).ToHaveValueAsync("Sofie Martens");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vorming-collega-fout-gsm");

        var address = $"sofie.{Guid.NewGuid():N}"[..20] + "@gent.example";
        await page.GetByLabel("E-mailadres van je collega").FillAsync(address);
        await page.GetByRole(AriaRole.Button, new() { Name = "Collega inschrijven" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De inschrijving is gelukt: er is een plaats.")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar alle vormingen" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = address });
        await Assertions.Expect(row.GetByText("Bevestigd")).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "vormingen-gsm");
        await row.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Annuleren") }).ClickAsync();

        await Assertions.Expect(page.GetByText("De inschrijving is geannuleerd.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = address }).GetByText("Geannuleerd")).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
    }

    [Fact]
    public async Task CalendarLink_OfASession_DownloadsAnICalendarFileWithTheTraining()
    {
        var (title, session) = await NewSessionAsync(capacity: 5);
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "preventie");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, me, "/aanmelden?terug=" + Uri.EscapeDataString("/vormingen/" + session.Id));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = title, Level = 1 })).ToBeVisibleAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "In je agenda (.ics)" }).ClickAsync());
        var text = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal($"vorming-{session.Id}.ics", download.SuggestedFilename);
        Assert.StartsWith("BEGIN:VCALENDAR\r\n", text, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:" + title, text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("mailto:" + me, text.Replace("\r\n ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "vorming-sessie");
    }

    private async Task<(string Title, TrainingSession Session)> NewSessionAsync(int capacity)
    {
        var staff = await PortalPeople.StaffAsync(portal);
        var title = "Signalen herkennen " + Guid.NewGuid().ToString("N")[..6];
        var training = await staff.CreateTrainingAsync(new TrainingInput(title, "Hoe herken je signalen van radicalisering?\nMet oefeningen op casussen.", "Preventiewerkers en LIVC-R-coördinatoren", "Workshop", "3 uur"));
        var start = DateTimeOffset.UtcNow.AddDays(30);
        var session = await staff.ScheduleTrainingSessionAsync(
            training.Id, new TrainingSessionInput(start, start.AddHours(3), capacity, start.AddDays(-7), Place: "VVSG, Bischoffsheimlaan 1-8, Brussel", Price: 45m));
        return (title, session);
    }
}
