using LivcR.Support.Contracts.Network;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Silo.Network;

namespace LivcR.Support.Tests.Domain.Network;

public sealed class CalendarEventsTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 12, 14, 0, 0, TimeSpan.FromHours(2));

    private static Meeting Meeting(int sequence = 0, string? place = "Provinciehuis Hasselt", string? link = null) =>
        new("m3", Start, Start.AddHours(2), place, link, "1. Verwelkoming", null, [], sequence, 0);

    [Fact]
    public void ForMeeting_SameMeetingAfterAChange_KeepsItsUidWithAHigherSequence()
    {
        var first = CalendarEvents.ForMeeting("platform/limburg", "Provinciaal platform Limburg", Meeting(), "radicalisering@vvsg.example", "VVSG", "els@hasselt.example", "Els");
        var moved = CalendarEvents.ForMeeting("platform/limburg", "Provinciaal platform Limburg", Meeting(sequence: 1), "radicalisering@vvsg.example", "VVSG", "jo@hasselt.example", "Jo");

        Assert.Equal("platform-limburg-m3@livcr-support", first.Uid);
        Assert.Equal(first.Uid, moved.Uid);
        Assert.Equal(1, moved.Sequence);
        Assert.Equal("Provinciaal platform Limburg", first.Summary);
        Assert.Equal("1. Verwelkoming", first.Description);
        Assert.Equal(("els@hasselt.example", "Els"), (first.AttendeeEmail, first.AttendeeName));
    }

    [Fact]
    public void ForMeeting_PlaceAndLink_AreBothInTheLocation()
    {
        var e = CalendarEvents.ForMeeting("group/intervisie", "Intervisie", Meeting(place: "Gent", link: "https://meet.example/x"), "a@vvsg.example", "VVSG", "b@gent.example", "B");

        Assert.Equal("Gent – https://meet.example/x", e.Location);
    }

    [Fact]
    public void ForTrainingSession_OnlineSession_IsTitledWithTheTrainingAtTheLink()
    {
        var session = new TrainingSessionInput(Start, Start.AddHours(3), null, "https://vvsg.example/webinar", 30, Start.AddDays(-5), null);

        var e = CalendarEvents.ForTrainingSession("s7", "Omgaan met polarisering", session, "radicalisering@vvsg.example", "VVSG", "an@gent.example", "An");

        Assert.Equal("training-s7@livcr-support", e.Uid);
        Assert.Equal("Omgaan met polarisering", e.Summary);
        Assert.Equal("https://vvsg.example/webinar", e.Location);
        Assert.Equal((Start, Start.AddHours(3), 0), (e.Start, e.End, e.Sequence));
        Assert.Null(e.Description);
    }
}
