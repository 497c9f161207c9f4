using GraphQL.Types;
using LivcR.Support.Contracts.Trainings;
using LivcR.Support.Gateway.Services.Network;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of a municipality's registration with its session.</summary>
public sealed class MunicipalityRegistrationType : ObjectGraphType<MunicipalityRegistration>
{
    /// <summary>Creates the type.</summary>
    public MunicipalityRegistrationType()
    {
        Name = "MunicipalityTrainingRegistration";
        Description = "A registration of someone of the municipality, with the session.";
        Field(r => r.SessionId).Description("Session id.");
        Field(r => r.TrainingTitle).Description("Training title.");
        Field<NonNullGraphType<DateTimeOffsetGraphType>, DateTimeOffset>("startsAt").Description("Start of the session.").Resolve(ctx => ctx.Source.Session.StartsAt);
        Field<NonNullGraphType<TrainingRegistrationType>, TrainingRegistration>("registration").Description("The registration.").Resolve(ctx => ctx.Source.Registration);
    }
}
