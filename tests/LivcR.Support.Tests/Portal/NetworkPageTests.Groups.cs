using LivcR.Support.Client;
using Microsoft.Playwright;

namespace LivcR.Support.Tests.Portal;

public sealed partial class NetworkPageTests
{
    [Fact]
    public async Task GroupOfWhichIAmNoMember_AskToJoin_TooShortMotivationIsRefusedAndKept_ThenTheRequestWaits()
    {
        var staff = await PortalPeople.StaffAsync(portal);
        var slug = "werkgroep-" + Guid.NewGuid().ToString("N")[..8];
        var name = "Werkgroep jongeren " + slug[^4..];
        await staff.SaveGroupAsync(slug, new NetworkGroupInput(CommunityKind.WorkingGroup, name, "Uitwisseling over preventie bij jongeren, vier keer per jaar."));
        var (me, _) = await PortalPeople.NewAsync(portal, PortalPeople.Hasselt, "preventie");
        var page = await portal.NewPageAsync();
        await portal.SignInAsync(page, me);

        await page.GetByRole(AriaRole.Link, new() { Name = "Netwerk", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Netwerk", Level = 1 })).ToBeVisibleAsync();
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "netwerk");
        var offered = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });
        await offered.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Vraag om lid te worden") }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await page.GetByLabel("Waarom wil je lid worden?").FillAsync("Graag");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("10 tot 2000 tekens");
        await Assertions.Expect(page.GetByLabel("Waarom wil je lid worden?")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByLabel("Waarom wil je lid worden?")).ToHaveValueAsync("Graag");
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "groep-motivatie-fout");

        await page.GetByLabel("Waarom wil je lid worden?").FillAsync("Ik werk als preventiewerker met jongeren in Hasselt en wil ervaringen uitwisselen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" }).ClickAsync();

        await Assertions.Expect(page.GetByText("Je vraag is verstuurd.", new() { Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Ik werk als preventiewerker met jongeren in Hasselt")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Terug naar je netwerk" }).ClickAsync();
        var card = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });
        await Assertions.Expect(card.GetByText("Je vraag wacht op antwoord")).ToBeVisibleAsync();
        Assert.Contains((await staff.GetGroupAsync(slug)).JoinRequests!, r => r.Email == me);
    }

    [Fact]
    public async Task GroupOfWhichIAmAMember_ShowsItsMeetingsAgendaAndMinutes()
    {
        var staff = await PortalPeople.StaffAsync(portal);
        var slug = "kennis-" + Guid.NewGuid().ToString("N")[..8];
        var name = "Kennisgroep polarisering " + slug[^4..];
        await staff.SaveGroupAsync(slug, new NetworkGroupInput(CommunityKind.KnowledgeGroup, name, "Onderzoekers en praktijkmensen delen kennis over polarisering."));
        var (me, coordinator) = await PortalPeople.NewAsync(portal, PortalPeople.Gent, "coordinator");
        await coordinator.RequestToJoinGroupAsync(slug, "Ik coördineer de LIVC-R van Gent.");
        await staff.ApproveJoinRequestAsync(slug, me);
        var start = DateTimeOffset.UtcNow.AddDays(10);
        await staff.PlanGroupMeetingAsync(slug, new NetworkMeetingInput(
            start, start.AddHours(2), "1. Nieuwe cijfers\n2. Casus uit Mechelen", Place: "VVSG, Brussel", Minutes: "Afgesproken: volgende keer een gastspreker."));
        var page = await portal.NewPageAsync(phone: true);
        await portal.SignInAsync(page, me);

        await page.GotoAsync("/netwerk");
        var card = page.GetByRole(AriaRole.Listitem).Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = name }) });
        await Assertions.Expect(card.GetByText("Je bent lid")).ToBeVisibleAsync();
        await PortalFixture.ScreenshotAsync(page, "netwerk-gsm");
        await card.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
        await page.GetByText("Agenda", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Casus uit Mechelen", new() { Exact = false })).ToBeVisibleAsync();
        await page.GetByText("Verslag", new() { Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("Afgesproken: volgende keer een gastspreker.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Vraag versturen" })).ToHaveCountAsync(0);
        await PortalFixture.AssertAccessibleAsync(page);
        await PortalFixture.ScreenshotAsync(page, "groep-lid-gsm");
    }
}
