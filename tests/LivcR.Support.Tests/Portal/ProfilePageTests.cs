using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

[Collection(PortalCollection.Name)]
public sealed class ProfilePageTests(PortalFixture portal)
{
    [Fact]
    public async Task Profile_EditedAndSaved_IsReadBackAfterReload_WithTheChangeInItsHistory()
    {
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "preventie");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, me);
        await page.GetByRole(AriaRole.Link, new() { Name = "LIVC-R-profiel" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "LIVC-R-profiel van Hasselt", Level = 1 })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);

        await page.GetByLabel("Actief: de LIVC-R vergadert en werkt").CheckAsync();
        await page.GetByLabel("Begeleidingstraject met VVSG").SelectOptionAsync(new SelectOptionValue { Label = "Een werkende LIVC-R verbeteren" });
        await page.GetByLabel("Laatste operationele vergadering (casusoverleg)").FillAsync("2026-11-20");
        var role = Row(page, "Rol 1");
        await role.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "LIVC-R-coördinator" });
        await role.GetByLabel("Organisatie of dienst").FillAsync("Dienst preventie Hasselt");
        var contact = Row(page, "Contactpersoon 1");
        await contact.GetByLabel("Naam").FillAsync("Els Janssens");
        await contact.GetByLabel("Functie").FillAsync("Preventiecoördinator");
        await contact.GetByLabel("E-mailadres (niet verplicht)").FillAsync("els.janssens@hasselt.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel bewaren" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Het profiel is bewaard.")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByLabel("Actief: de LIVC-R vergadert en werkt")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByLabel("Begeleidingstraject met VVSG")).ToHaveValueAsync("Optimise");
        await Assertions.Expect(page.GetByLabel("Laatste operationele vergadering (casusoverleg)")).ToHaveValueAsync("2026-11-20");
        await Assertions.Expect(Row(page, "Rol 1").GetByLabel("Organisatie of dienst")).ToHaveValueAsync("Dienst preventie Hasselt");
        await Assertions.Expect(Row(page, "Contactpersoon 1").GetByLabel("Naam")).ToHaveValueAsync("Els Janssens");
        var history = page.GetByRole(AriaRole.Region, new() { Name = "Wijzigingen" });
        await Assertions.Expect(history.GetByText(me).First).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "profiel");
    }

    [Fact]
    public async Task Profile_ChangedMeanwhileByStaff_SaysSoShowsTheNewStateAndKeepsWhatWasTyped()
    {
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "coordinator");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, me, "/aanmelden?terug=%2Fprofiel");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "LIVC-R-profiel van Gent", Level = 1 })).ToBeVisibleAsync();
        var role = Row(page, "Rol 1");
        await role.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Informatieambtenaar" });
        await role.GetByLabel("Organisatie of dienst").FillAsync("Stad Gent, dienst burgerzaken");

        var staff = await PortalPeople.StaffAsync(portal);
        var current = await staff.GetLivcrProfileAsync("44021");
        await staff.UpdateLivcrProfileAsync("44021", LivcrProfileInput.From(current) with { Status = LivcrStatus.Dormant, CoachingTrack = CoachingTrack.Reactivate });
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel bewaren" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Dit profiel is intussen gewijzigd door staff@vvsg.example");
        var now = page.GetByRole(AriaRole.Region, new() { Name = "Zo staat het profiel er nu" });
        await Assertions.Expect(now.GetByText("Slapend: bestaat, maar vergadert al lang niet meer")).ToBeVisibleAsync();
        await Assertions.Expect(Row(page, "Rol 1").GetByLabel("Organisatie of dienst")).ToHaveValueAsync("Stad Gent, dienst burgerzaken");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "profiel-intussen-gewijzigd");

        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel bewaren" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Het profiel is bewaard.")).ToBeVisibleAsync();
        var saved = await staff.GetLivcrProfileAsync("44021");
        Assert.Contains(saved.Roles, r => r.Kind == LivcrRoleKind.InformationOfficer && r.Organisation == "Stad Gent, dienst burgerzaken");
    }

    [Fact]
    public async Task Profile_RoleWithAPersonsAddress_IsRefusedNextToTheRoles_AndWhatWasTypedStays()
    {
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "coordinator");
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, me, "/aanmelden?terug=%2Fprofiel");
        var role = Row(page, "Rol 2");
        await role.GetByLabel("Rol", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Burgemeester (voorzitter)" });
        await role.GetByLabel("Organisatie of dienst").FillAsync("jan.peeters@gent.example");
        await page.GetByLabel("Laatste strategische vergadering (beleid)").FillAsync("2026-10-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Profiel bewaren" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("zonder namen, e-mailadressen of nummers van personen");
        var roles = page.GetByRole(AriaRole.Group, new() { Name = "Rollen in de LIVC-R" });
        await Assertions.Expect(roles).ToHaveAttributeAsync("aria-describedby", "roles-hint roles-error");
        await Assertions.Expect(Row(page, "Rol 2").GetByLabel("Organisatie of dienst")).ToHaveValueAsync("jan.peeters@gent.example");
        await Assertions.Expect(page.GetByLabel("Laatste strategische vergadering (beleid)")).ToHaveValueAsync("2026-10-02");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "profiel-fout-gsm");
    }

    private static ILocator Row(IPage page, string name) => page.GetByRole(AriaRole.Group, new() { Name = name, Exact = true });
}
