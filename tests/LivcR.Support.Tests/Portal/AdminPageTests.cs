using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

/// <summary>Administration: people and role grants, categories and prevention levels.</summary>
[Collection(PortalCollection.Name)]
public sealed class AdminPageTests(PortalFixture portal)
{
    [Fact]
    public async Task Admin_ExportsAndErasesAPerson_TheirTicketKeepsItsContentWithoutThem()
    {
        var admin = await ConsolePeople.NewAsync(portal, "privacy", "vvsg.example", ConsolePeople.Admin);
        var (email, municipal) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "wis");
        var ticket = await municipal.SubmitAsync(new LivcR.Support.Client.SubmitHelpdeskRequestInput(PortalPeople.Gent, "Vraag om te wissen", "Hoe werkt een casusoverleg?"));
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, admin);
        await page.WaitForURLAsync("**/beheer");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Beheer" }).GetByRole(AriaRole.Link, new() { Name = "Persoonsgegevens" }).ClickAsync();
        await page.GetByLabel("E-mailadres van de persoon").FillAsync(email);
        await page.GetByRole(AriaRole.Button, new() { Name = "Opzoeken" }).ClickAsync();
        await Assertions.Expect(page.Locator("#person-data-facts")).ToContainTextAsync("Gemeente (44021)");
        await Assertions.Expect(page.Locator("#erase-roles")).ToContainTextAsync("Deze persoon heeft nog rollen.");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Definitief wissen" })).ToHaveCountAsync(0);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Alle gegevens downloaden (ZIP)" }).ClickAsync());
        using (var archive = new System.IO.Compression.ZipArchive(File.OpenRead(await download.PathAsync())))
        {
            using var reader = new StreamReader(archive.GetEntry("persoonsgegevens.json")!.Open());
            Assert.Contains("Hoe werkt een casusoverleg?", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "beheer-persoonsgegevens");

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de rollen van deze persoon" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Afnemen Gemeente Gent" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De rol is afgenomen.", new() { Exact = false })).ToBeVisibleAsync();
        await page.GotoAsync("/beheer/persoonsgegevens?email=" + Uri.EscapeDataString(email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief wissen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Vink aan dat u begrijpt dat het wissen definitief is.");
        await page.GetByLabel($"Ik begrijp dat de gegevens van {email} definitief gewist worden.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Definitief wissen" }).ClickAsync();
        await Assertions.Expect(PortalFixture.Status(page)).ToContainTextAsync($"De gegevens van {email} zijn gewist: 1 ticket(s)");
        await PortalFixture.AssertAccessibleAsync(page);

        var staff = await PortalPeople.StaffAsync(portal);
        var kept = await staff.GetTicketAsync(ticket.Number);
        Assert.Equal("Verwijderde gebruiker", kept.Requester.Name);
        Assert.Equal("Hoe werkt een casusoverleg?", kept.Messages[0].Body);
    }

    [Fact]
    public async Task Admin_AddsAPersonAndGivesStaff_ThePersonSignsInAndLandsOnTheDesk()
    {
        var admin = await ConsolePeople.NewAsync(portal, "beheerder", "vvsg.example", ConsolePeople.Admin);
        var newcomer = $"an.peeters.{Guid.NewGuid().ToString("N")[..8]}@vvsg.example";
        var page = await portal.NewPageAsync();

        await portal.SignInAsync(page, admin);

        await page.WaitForURLAsync("**/beheer");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personen en rollen", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("E-mailadres van de persoon").FillAsync(newcomer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Zoeken" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Er is niemand met het adres {newcomer}.", new() { Exact = false })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "beheer-niet-gevonden");

        await Assertions.Expect(page.GetByLabel("E-mailadres", new() { Exact = true })).ToHaveValueAsync(newcomer);
        await page.GetByLabel("Naam").FillAsync("An Peeters");
        await page.GetByRole(AriaRole.Button, new() { Name = "Persoon toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De persoon is toegevoegd.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "An Peeters", Level = 2 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "Gemeente" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Kies de gemeente waarvoor de persoon werkt." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = "Gemeente" })).ToBeCheckedAsync();

        await page.GetByRole(AriaRole.Radio, new() { Name = "VVSG-medewerker" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Rol geven" }).ClickAsync();
        await Assertions.Expect(page.GetByText("De rol is gegeven. Ze geldt vanaf de volgende aanmelding.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Rollen" })).ToContainTextAsync("VVSG-medewerker");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Afnemen VVSG-medewerker" })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "beheer-persoon");

        var desk = await portal.NewPageAsync();
        await portal.SignInAsync(desk, newcomer);
        await desk.WaitForURLAsync("**/werkbak");
        await Assertions.Expect(desk.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Werkbak" })).ToBeVisibleAsync();
        await Assertions.Expect(desk.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Mailkanaal" })).ToBeVisibleAsync();
        await desk.GotoAsync("/werkbak/mail");
        await Assertions.Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Mailkanaal", Level = 1 })).ToBeVisibleAsync();

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, admin);
        await phone.WaitForURLAsync("**/beheer");
        await phone.GotoAsync("/beheer?email=" + Uri.EscapeDataString(newcomer));
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "An Peeters", Level = 2 })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "beheer-persoon-gsm");
    }

    [Fact]
    public async Task Admin_AddsACategory_RenamesAndRetiresIt_MunicipalitiesNoLongerSeeIt()
    {
        var admin = await ConsolePeople.NewAsync(portal, "beheerder", "vvsg.example", ConsolePeople.Admin);
        var key = "test-" + Guid.NewGuid().ToString("N")[..8];
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, admin);
        await page.WaitForURLAsync("**/beheer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Categorieën en preventieniveaus" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Categorieën en preventieniveaus", Level = 1 })).ToBeVisibleAsync();
        var add = page.GetByRole(AriaRole.Form, new() { Name = "Een categorie toevoegen" });
        await add.GetByLabel("Naam").FillAsync("Polarisatie op school");
        await add.GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).GetByRole(AriaRole.Link, new() { Name = "Vul de sleutel in." })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Form, new() { Name = "Een categorie toevoegen" }).GetByLabel("Naam")).ToHaveValueAsync("Polarisatie op school");
        await page.GetByRole(AriaRole.Form, new() { Name = "Een categorie toevoegen" }).GetByLabel("Sleutel").FillAsync(key);
        await page.GetByRole(AriaRole.Form, new() { Name = "Een categorie toevoegen" }).GetByRole(AriaRole.Button, new() { Name = "Toevoegen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Toegevoegd.")).ToBeVisibleAsync();
        var categories = page.GetByRole(AriaRole.Table, new() { Name = "Categorieën" });
        await Assertions.Expect(categories.GetByRole(AriaRole.Row, new() { Name = "Polarisatie op school" })).ToContainTextAsync("in gebruik");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "beheer-catalogus");

        await page.GetByRole(AriaRole.Link, new() { Name = "Wijzigen Polarisatie op school" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Polarisatie op school", Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Naam").FillAsync("Polarisatie in het onderwijs");
        await page.GetByLabel("Ingetrokken: niet meer te kiezen").CheckAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "beheer-categorie");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();

        await Assertions.Expect(page.GetByText("De wijziging is opgeslagen.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Table, new() { Name = "Categorieën" }).GetByRole(AriaRole.Row, new() { Name = "Polarisatie in het onderwijs" })).ToContainTextAsync("ingetrokken");
        var (_, municipal) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "kiezer");
        Assert.DoesNotContain(await municipal.TicketCategoriesAsync(), c => c.Key == key);
        var all = await municipal.TicketCategoriesAsync(includeInactive: true);
        Assert.Contains(all, c => c.Key == key && c.Label == "Polarisatie in het onderwijs" && !c.Active);

        var phone = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(phone, admin);
        await phone.WaitForURLAsync("**/beheer");
        await phone.GotoAsync("/beheer/catalogus");
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Preventieniveaus", Level = 2 })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(phone);
        await PortalFixture.ScreenshotAsync(phone, "beheer-catalogus-gsm");
    }

    [Fact]
    public async Task MunicipalUser_ForcesAdministration_GetsNotFound()
    {
        var user = await portal.NewMunicipalUserAsync(PortalPeople.Gent, "gent");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, user);
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Hoofdmenu" }).GetByRole(AriaRole.Link, new() { Name = "Beheer" })).ToHaveCountAsync(0);

        foreach (var address in new[] { "/beheer", "/beheer?email=admin%40vvsg.example", "/beheer/catalogus", "/beheer/catalogus/categorie/andere" })
        {
            var response = await page.GotoAsync(address);

            Assert.Equal(404, response!.Status);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden", Level = 1 })).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("Personen en rollen")).ToHaveCountAsync(0);
        }
    }
}
