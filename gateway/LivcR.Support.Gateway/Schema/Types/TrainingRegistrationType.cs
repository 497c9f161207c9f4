using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Schema.Enums;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a registration for a session.</summary>
public sealed class TrainingRegistrationType : ObjectGraphType<TrainingRegistration>
{
    /// <summary>Creates the type.</summary>
    public TrainingRegistrationType()
    {
        Name = "TrainingRegistration";
        Description = "One person's registration for a session.";
        Field(r => r.Email).Description("Participant's address.");
        Field(r => r.Name).Description("Participant's name.");
        Field(r => r.MunicipalityNisCode).Description("Participant's municipality.");
        Field(r => r.RegisteredBy).Description("Who registered them.");
        Field(r => r.RegisteredAt).Description("When.");
        Field<NonNullGraphType<RegistrationStatusEnum>, RegistrationStatus>("status").Description("CONFIRMED, WAITLISTED or CANCELLED.").Resolve(ctx => ctx.Source.Status);
        Field(r => r.Attended, nullable: true).Description("After the session: attended or not.");
    }
}
