using LivcR.Support.Contracts.Municipalities;

namespace LivcR.Support.Contracts.Access;

/// <summary>
/// The access rules of network support: LIVC-R profiles, provincial platforms, groups and trainings. Staff see and manage
/// all; municipal users their own municipality; organisers the platform of their own province.
/// </summary>
public static class NetworkAccessPolicy
{
    /// <summary>May read a municipality's LIVC-R profile: staff, its own users, organisers of its province.</summary>
    public static bool CanReadProfile(Actor actor, string nisCode, Province province) =>
        actor.IsStaff || actor.WorksFor(nisCode) || Organises(actor, province);

    /// <summary>May edit a municipality's LIVC-R profile: staff or its own users.</summary>
    public static bool CanEditProfile(Actor actor, string nisCode) => actor.IsStaff || actor.WorksFor(nisCode);

    /// <summary>May list the profiles of all municipalities (the staff overview).</summary>
    public static bool CanListProfiles(Actor actor) => actor.IsStaff;

    /// <summary>May manage a provincial platform (members, invitations, meetings): staff or an organiser of that province.</summary>
    public static bool CanManagePlatform(Actor actor, Province province) => actor.IsStaff || Organises(actor, province);

    /// <summary>May see a platform's members and meetings: whoever manages it, and its members.</summary>
    public static bool CanSeePlatformInside(Actor actor, Province province, bool isMember) => CanManagePlatform(actor, province) || isMember;

    /// <summary>May manage groups (create, members, join requests, meetings): staff.</summary>
    public static bool CanManageGroups(Actor actor) => actor.IsStaff;

    /// <summary>May see a group's members and meetings: staff and its members; others see only the description.</summary>
    public static bool CanSeeGroupInside(Actor actor, bool isMember) => actor.IsStaff || isMember;

    /// <summary>May manage trainings (catalogue, sessions, attendance, exports, fill rates): staff.</summary>
    public static bool CanManageTrainings(Actor actor) => actor.IsStaff;

    /// <summary>May register someone of this municipality for a training, or cancel their registration: staff or a user of that municipality.</summary>
    public static bool CanRegisterFor(Actor actor, string nisCode) => actor.IsStaff || actor.WorksFor(nisCode);

    /// <summary>May see the training registrations of a municipality: staff or its users.</summary>
    public static bool CanSeeRegistrationsOf(Actor actor, string nisCode) => actor.IsStaff || actor.WorksFor(nisCode);

    private static bool Organises(Actor actor, Province province) =>
        actor.OrganisedProvinces.Contains(Provinces.Key(province), StringComparer.Ordinal);
}
