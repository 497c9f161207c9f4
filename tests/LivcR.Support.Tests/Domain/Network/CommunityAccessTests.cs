using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.People;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class CommunityAccessTests
{
    private const string LimburgPlatform = "platform/limburg";
    private const string Group = "group/kennisgroep";

    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor LimburgOrganiser = new("org@limburg.example", [new RoleGrant(Role.Organiser, "limburg")]);
    private static readonly Actor AntwerpenOrganiser = new("org@antwerpen.example", [new RoleGrant(Role.Organiser, "antwerpen")]);
    private static readonly Actor Hasselt = new("els@hasselt.example", [new RoleGrant(Role.Municipal, "71072")]);

    private static CommunityState Platform() => new() { Settings = new CommunitySettings(CommunityKind.Platform, "Provinciaal platform Limburg", "Platform", Province.Limburg) };

    private static CommunityState KnowledgeGroup() => new() { Settings = new CommunitySettings(CommunityKind.KnowledgeGroup, "Kennisgroep", "Een groep") };

    [Fact]
    public void RequireManager_PlatformOfOwnProvince_AllowsStaffAndItsOrganisers()
    {
        Assert.Equal("Provinciaal platform Limburg", CommunityAccess.RequireManager(Staff, LimburgPlatform, Platform()).Name);
        Assert.Equal(CommunityKind.Platform, CommunityAccess.RequireManager(LimburgOrganiser, LimburgPlatform, Platform()).Kind);
    }

    [Fact]
    public void RequireManager_OrganiserOfAnotherProvince_IsForbiddenWithThePlatformMessage()
    {
        var error = Assert.Throws<SupportException>(() => CommunityAccess.RequireManager(AntwerpenOrganiser, LimburgPlatform, Platform()));

        Assert.Equal(SupportErrorCode.Forbidden, error.Code);
        Assert.Equal("Enkel VVSG en de organisatoren van deze provincie beheren dit platform.", error.Message);
    }

    [Fact]
    public void RequireManager_GroupByAnOrganiserOrMunicipalUser_IsForbiddenWithTheGroupMessage()
    {
        foreach (var actor in new[] { LimburgOrganiser, Hasselt })
        {
            var error = Assert.Throws<SupportException>(() => CommunityAccess.RequireManager(actor, Group, KnowledgeGroup()));

            Assert.Equal(SupportErrorCode.Forbidden, error.Code);
            Assert.Equal("Enkel VVSG-medewerkers beheren de groepen.", error.Message);
        }
    }

    [Fact]
    public void RequireManager_CommunityThatDoesNotExist_IsNotFoundBeforeForbidden()
    {
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => CommunityAccess.RequireManager(Hasselt, Group, new CommunityState())).Code);
        Assert.Equal(SupportErrorCode.NotFound, Assert.Throws<SupportException>(() => CommunityAccess.RequireManager(Staff, Group, new CommunityState())).Code);
    }

    [Fact]
    public void RequireGroupConfigurer_Organiser_IsForbidden()
    {
        Assert.Equal(SupportErrorCode.Forbidden, Assert.Throws<SupportException>(() => CommunityAccess.RequireGroupConfigurer(LimburgOrganiser, Group)).Code);
    }

    [Fact]
    public void RequireGroupConfigurer_StaffOnAPlatform_IsAConflict()
    {
        var error = Assert.Throws<SupportException>(() => CommunityAccess.RequireGroupConfigurer(Staff, LimburgPlatform));

        Assert.Equal(SupportErrorCode.Conflict, error.Code);
        Assert.Equal("De vijf provinciale platformen liggen vast.", error.Message);
    }

    [Fact]
    public void RequireGroupConfigurer_StaffOnAGroup_IsAllowed()
    {
        CommunityAccess.RequireGroupConfigurer(Staff, Group);
    }
}
