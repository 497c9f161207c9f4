using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Municipalities;
using LivcR.Support.Contracts.People;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class NetworkAccessPolicyTests
{
    private static readonly Actor Staff = new("staff@vvsg.example", [new RoleGrant(Role.Staff, null)]);
    private static readonly Actor Gent = new("an@gent.example", [new RoleGrant(Role.Municipal, "44021")]);
    private static readonly Actor Hasselt = new("els@hasselt.example", [new RoleGrant(Role.Municipal, "71072")]);
    private static readonly Actor OostVlaanderen = new("org@ovl.example", [new RoleGrant(Role.Organiser, "oost-vlaanderen")]);
    private static readonly Actor Limburg = new("org@limburg.example", [new RoleGrant(Role.Organiser, "limburg")]);
    private static readonly Actor Admin = new("admin@vvsg.example", [new RoleGrant(Role.Admin, null)]);

    [Fact]
    public void Profile_ReadByStaffOwnMunicipalityAndOrganisersOfTheProvince()
    {
        Assert.True(NetworkAccessPolicy.CanReadProfile(Staff, "44021", Province.OostVlaanderen));
        Assert.True(NetworkAccessPolicy.CanReadProfile(Gent, "44021", Province.OostVlaanderen));
        Assert.True(NetworkAccessPolicy.CanReadProfile(OostVlaanderen, "44021", Province.OostVlaanderen));
        Assert.False(NetworkAccessPolicy.CanReadProfile(Hasselt, "44021", Province.OostVlaanderen));
        Assert.False(NetworkAccessPolicy.CanReadProfile(Limburg, "44021", Province.OostVlaanderen));
        Assert.False(NetworkAccessPolicy.CanReadProfile(Admin, "44021", Province.OostVlaanderen));
    }

    [Fact]
    public void Profile_EditedByStaffAndOwnMunicipalityOnly()
    {
        Assert.True(NetworkAccessPolicy.CanEditProfile(Staff, "44021"));
        Assert.True(NetworkAccessPolicy.CanEditProfile(Gent, "44021"));
        Assert.False(NetworkAccessPolicy.CanEditProfile(OostVlaanderen, "44021"));
        Assert.False(NetworkAccessPolicy.CanEditProfile(Hasselt, "44021"));
        Assert.False(NetworkAccessPolicy.CanListProfiles(OostVlaanderen));
        Assert.True(NetworkAccessPolicy.CanListProfiles(Staff));
    }

    [Fact]
    public void Platform_ManagedByStaffAndItsOwnOrganisers()
    {
        Assert.True(NetworkAccessPolicy.CanManagePlatform(Limburg, Province.Limburg));
        Assert.False(NetworkAccessPolicy.CanManagePlatform(Limburg, Province.Antwerpen));
        Assert.True(NetworkAccessPolicy.CanManagePlatform(Staff, Province.Antwerpen));
        Assert.False(NetworkAccessPolicy.CanManagePlatform(Hasselt, Province.Limburg));
        Assert.False(NetworkAccessPolicy.CanManagePlatform(Admin, Province.Limburg));
    }

    [Fact]
    public void Platform_InsideSeenByManagersAndMembers()
    {
        Assert.True(NetworkAccessPolicy.CanSeePlatformInside(Hasselt, Province.Limburg, isMember: true));
        Assert.False(NetworkAccessPolicy.CanSeePlatformInside(Hasselt, Province.Limburg, isMember: false));
        Assert.True(NetworkAccessPolicy.CanSeePlatformInside(Limburg, Province.Limburg, isMember: false));
    }

    [Fact]
    public void Groups_ManagedByStaff_InsideSeenByMembers()
    {
        Assert.True(NetworkAccessPolicy.CanManageGroups(Staff));
        Assert.False(NetworkAccessPolicy.CanManageGroups(Limburg));
        Assert.True(NetworkAccessPolicy.CanSeeGroupInside(Gent, isMember: true));
        Assert.False(NetworkAccessPolicy.CanSeeGroupInside(Gent, isMember: false));
        Assert.True(NetworkAccessPolicy.CanSeeGroupInside(Staff, isMember: false));
    }

    [Fact]
    public void Trainings_RegistrationForOwnMunicipality_ManagementByStaff()
    {
        Assert.True(NetworkAccessPolicy.CanRegisterFor(Gent, "44021"));
        Assert.False(NetworkAccessPolicy.CanRegisterFor(Gent, "71072"));
        Assert.True(NetworkAccessPolicy.CanRegisterFor(Staff, "71072"));
        Assert.True(NetworkAccessPolicy.CanSeeRegistrationsOf(Hasselt, "71072"));
        Assert.False(NetworkAccessPolicy.CanSeeRegistrationsOf(OostVlaanderen, "44021"));
        Assert.False(NetworkAccessPolicy.CanManageTrainings(Gent));
        Assert.True(NetworkAccessPolicy.CanManageTrainings(Staff));
    }
}
