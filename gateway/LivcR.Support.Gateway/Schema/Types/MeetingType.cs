using GraphQL.Types;
using LivcR.Support.Contracts.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a meeting of a platform or group.</summary>
public sealed class MeetingType : ObjectGraphType<Meeting>
{
    /// <summary>Creates the type.</summary>
    public MeetingType()
    {
        Name = "NetworkMeeting";
        Description = "A meeting: when, where, agenda, minutes and who attended.";
        Field(m => m.Id).Description("Id within the platform or group.");
        Field(m => m.StartsAt).Description("Start.");
        Field(m => m.EndsAt).Description("End.");
        Field(m => m.Place, nullable: true).Description("Address.");
        Field(m => m.OnlineLink, nullable: true).Description("Online link.");
        Field(m => m.Agenda).Description("Agenda.");
        Field(m => m.Minutes, nullable: true).Description("Minutes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>, IReadOnlyList<string>>("attendees").Description("Addresses of the members who attended.").Resolve(ctx => ctx.Source.Attendees);
        Field(m => m.InvitationsSent).Description("How many invitations were mailed.");
    }
}
