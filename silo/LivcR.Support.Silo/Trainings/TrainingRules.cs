using LivcR.Support.Contracts.Errors;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Silo.Trainings;

/// <summary>What a valid training and a valid session are.</summary>
public static class TrainingRules
{
    /// <summary>Most seats of one session.</summary>
    public const int MaxCapacity = 1000;

    /// <summary>The trimmed training, or BAD_USER_INPUT naming the field.</summary>
    public static TrainingInput Check(TrainingInput input) => new(
        MembershipRules.Text("title", input.Title, 3, 150, "De titel is 3 tot 150 tekens lang, op één regel.", singleLine: true),
        MembershipRules.Text("description", input.Description, 10, 4000, "De beschrijving is 10 tot 4000 tekens lang.", singleLine: false),
        MembershipRules.Text("audience", input.Audience, 1, 200, "Het doelpubliek is 1 tot 200 tekens lang.", singleLine: true),
        MembershipRules.Text("format", input.Format, 1, 100, "De vorm is 1 tot 100 tekens lang.", singleLine: true),
        MembershipRules.Text("duration", input.Duration, 1, 100, "De duur is 1 tot 100 tekens lang.", singleLine: true));

    /// <summary>Schedules a session once: CONFLICT when it already exists, otherwise the checked details (see <see cref="Check(TrainingSessionInput, DateTimeOffset)"/>).</summary>
    public static void Schedule(TrainingSessionState state, string trainingId, string trainingTitle, TrainingSessionInput input, DateTimeOffset now)
    {
        if (state.Details is not null)
        {
            throw new SupportException(SupportErrorCode.Conflict, "Deze sessie bestaat al.");
        }

        state.Details = Check(input, now);
        state.TrainingId = trainingId;
        state.TrainingTitle = trainingTitle;
    }

    /// <summary>The details of a scheduled session; NOT_FOUND while it is not scheduled.</summary>
    public static TrainingSessionInput Existing(TrainingSessionState state) => state.Details ?? throw SupportException.NotFound("Deze sessie bestaat niet.");

    /// <summary>The checked session: in the future, a place or link, 1 to 1000 seats, a deadline before the start, a price from 0.</summary>
    public static TrainingSessionInput Check(TrainingSessionInput input, DateTimeOffset now)
    {
        var where = MeetingRules.Check(new Contracts.Network.MeetingInput(input.StartsAt, input.EndsAt, input.Place, input.OnlineLink, "-"));
        if (input.StartsAt <= now)
        {
            throw SupportException.BadInput("startsAt", "Een sessie begint in de toekomst.");
        }

        if (input.Capacity is < 1 or > MaxCapacity)
        {
            throw SupportException.BadInput("capacity", $"Het aantal plaatsen ligt tussen 1 en {MaxCapacity}.");
        }

        if (input.RegistrationDeadline > input.StartsAt || input.RegistrationDeadline <= now)
        {
            throw SupportException.BadInput("registrationDeadline", "De inschrijvingsdeadline ligt tussen nu en het begin van de sessie.");
        }

        if (input.Price is { } price && (price < 0 || price > 10_000 || decimal.Round(price, 2) != price))
        {
            throw SupportException.BadInput("price", "De prijs is een bedrag in euro van 0 tot 10 000, op de cent.");
        }

        return input with { Place = where.Place, OnlineLink = where.OnlineLink, Price = input.Price is 0 ? null : input.Price };
    }
}
