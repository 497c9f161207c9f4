using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Gateway.Network;

[Collection(NetworkApiCollection.Name)]
public sealed class LivcrProfileApiTests(NetworkApiFixture fixture)
{
    private const string Update = """
        mutation($nis: String!, $input: LivcrProfileInput!) { updateLivcrProfile(nisCode: $nis, input: $input) { status version coachingTrack roles { kind organisation } history { by changes } } }
        """;

    private const string Read = "query($nis: String!) { livcrProfile(nisCode: $nis) { municipalityName status sharedWithNisCode lastOperationalMeeting history { changes } } }";

    [Fact]
    public async Task MunicipalUser_EditsOwnProfile_AndTheHistoryShowsIt()
    {
        var (email, token) = await fixture.PersonAsync("aalst.example", new RoleGrant(Role.Municipal, "41002"));

        var data = await fixture.DataAsync(Update, new
        {
            nis = "41002",
            input = new
            {
                status = "ACTIVE",
                coachingTrack = "OPTIMISE",
                roles = new[] { new { kind = "INFORMATION_OFFICER", organisation = "Lokale politie Aalst" } },
                contacts = new[] { new { name = "Griet Van Damme", function = "LIVC-R-coördinator", email = "griet@aalst.example" } },
                lastOperationalMeeting = "2026-01-15",
            },
        }, token);

        var profile = data["updateLivcrProfile"]!;
        Assert.Equal("ACTIVE", profile["status"]!.GetValue<string>());
        Assert.Equal("Lokale politie Aalst", profile["roles"]![0]!["organisation"]!.GetValue<string>());
        Assert.Equal(email, profile["history"]![0]!["by"]!.GetValue<string>());
        var read = await fixture.DataAsync(Read, new { nis = "41002" }, token);
        Assert.Equal("Aalst", read["livcrProfile"]!["municipalityName"]!.GetValue<string>());
        Assert.Equal("2026-01-15", read["livcrProfile"]!["lastOperationalMeeting"]!.GetValue<string>());
    }

    [Fact]
    public async Task AnotherMunicipality_NeitherReadsNorEditsTheProfile()
    {
        var (_, hasselt) = await fixture.PersonAsync("hasselt.example", new RoleGrant(Role.Municipal, "71072"));

        Assert.Equal("NOT_FOUND", await fixture.ErrorAsync(Read, new { nis = "41002" }, hasselt));
        Assert.Equal("FORBIDDEN", await fixture.ErrorAsync(Update, new { nis = "41002", input = new { status = "DORMANT" } }, hasselt));
    }

    [Fact]
    public async Task Organiser_ReadsProfilesOfTheirProvinceOnly()
    {
        var (_, organiser) = await fixture.PersonAsync("limburg.example", new RoleGrant(Role.Organiser, "limburg"));

        Assert.NotNull((await fixture.DataAsync(Read, new { nis = "71072" }, organiser))["livcrProfile"]);
        Assert.Equal("NOT_FOUND", await fixture.ErrorAsync(Read, new { nis = "41002" }, organiser));
    }

    [Fact]
    public async Task PersonalDataInARole_IsRefusedWithTheField()
    {
        var (_, token) = await fixture.PersonAsync("ninove.example", new RoleGrant(Role.Municipal, "41048"));

        var (_, body) = await fixture.Gateway.PostAsync(Update, new
        {
            nis = "41048",
            input = new { status = "STARTING", roles = new[] { new { kind = "OTHER", organisation = "Jan Peeters, jan.peeters@example.be" } } },
        }, token);

        Assert.Equal("BAD_USER_INPUT", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
        Assert.Equal("roles", body["errors"]![0]!["extensions"]!["field"]!.GetValue<string>());
    }

    [Fact]
    public async Task Staff_CountActiveLivcrsPerProvince()
    {
        var (_, staff) = await fixture.PersonAsync("vvsg.example", new RoleGrant(Role.Staff, null));
        const string Counts = "{ livcrStatusCounts(province: WEST_VLAANDEREN) { status count } }";
        var before = await fixture.DataAsync(Counts, null, staff);

        await fixture.DataAsync(Update, new { nis = "31005", input = new { status = "ACTIVE" } }, staff);
        await fixture.DataAsync(Update, new { nis = "31022", input = new { status = "SHARED_WITH", sharedWithNisCode = "31005" } }, staff);
        var after = await fixture.DataAsync(Counts, null, staff);
        var shared = await fixture.DataAsync("{ livcrProfiles(province: WEST_VLAANDEREN, status: SHARED_WITH) { nisCode sharedWithNisCode } }", null, staff);

        static int Count(System.Text.Json.Nodes.JsonNode data, string status) =>
            data["livcrStatusCounts"]!.AsArray().Single(c => c!["status"]!.GetValue<string>() == status)!["count"]!.GetValue<int>();
        Assert.Equal(Count(before, "ACTIVE") + 1, Count(after, "ACTIVE"));
        Assert.Equal(Count(before, "NOT_STARTED") - 2, Count(after, "NOT_STARTED"));
        Assert.Contains(shared["livcrProfiles"]!.AsArray(), p => p!["nisCode"]!.GetValue<string>() == "31022" && p["sharedWithNisCode"]!.GetValue<string>() == "31005");
    }
}
