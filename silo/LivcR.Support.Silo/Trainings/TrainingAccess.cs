using LivcR.Support.Contracts.Access;
using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;

namespace LivcR.Support.Silo.Trainings;

/// <summary>Who may do what with a training session, on top of <see cref="NetworkAccessPolicy"/>, with the Dutch FORBIDDEN messages. No Orleans.</summary>
public static class TrainingAccess
{
    /// <summary>Only staff schedule sessions.</summary>
    public static void RequireScheduler(Actor actor) =>
        Require(NetworkAccessPolicy.CanManageTrainings(actor), "Enkel VVSG-medewerkers plannen sessies.");

    /// <summary>Staff register anyone; a municipal user registers people of their own municipality.</summary>
    public static void RequireRegistrar(Actor actor, string municipalityNisCode) =>
        Require(NetworkAccessPolicy.CanRegisterFor(actor, municipalityNisCode.Trim()), "Je kan enkel jezelf of collega's van je eigen gemeente inschrijven.");

    /// <summary>Staff, users of the registration's municipality, and the registered person themselves cancel it.</summary>
    public static void RequireCanceller(Actor actor, TrainingRegistration registration) => Require(
        NetworkAccessPolicy.CanRegisterFor(actor, registration.MunicipalityNisCode) || string.Equals(actor.Email, registration.Email, StringComparison.OrdinalIgnoreCase),
        "Je kan enkel inschrijvingen van je eigen gemeente annuleren.");

    /// <summary>Only staff record attendance.</summary>
    public static void RequireAttendanceTaker(Actor actor) =>
        Require(NetworkAccessPolicy.CanManageTrainings(actor), "Enkel VVSG-medewerkers noteren aanwezigheden.");

    private static void Require(bool allowed, string message)
    {
        if (!allowed)
        {
            throw new SupportException(SupportErrorCode.Forbidden, message);
        }
    }
}
