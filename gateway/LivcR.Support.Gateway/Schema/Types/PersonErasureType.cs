using GraphQL.Types;
using LivcR.Support.Gateway.Services.Privacy;

namespace LivcR.Support.Gateway.Schema.Types;

/// <summary>GraphQL type of what an erasure changed (GDPR art. 17).</summary>
public sealed class PersonErasureType : ObjectGraphType<PersonErasureResult>
{
    /// <summary>Creates the type.</summary>
    public PersonErasureType()
    {
        Name = "PersonErasure";
        Description = "What erasing a person changed.";
        Field(p => p.Email).Description("The address erased.");
        Field(p => p.Tickets).Description("Tickets on which the person became \"Verwijderde gebruiker\" (the content stays).");
        Field(p => p.Communities).Description("Platforms and groups that no longer name them.");
        Field(p => p.Trainings).Description("Training sessions whose registration lost their name and address.");
        Field(p => p.ProfileDeleted).Description("Their profile, sign-in data and mail status were deleted.");
    }
}
